# an unfinished double quote is an error
'echo "abc'
