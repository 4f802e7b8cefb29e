# ';' and new lines separate commands, '#' starts a comment
'echo a;;echo b ; pwd;echo c # d; echo e
echo f'
