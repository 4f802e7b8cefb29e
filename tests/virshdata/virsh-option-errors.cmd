# each line stops at its first parse error; only the last line's status counts
'echo --shell=x'
