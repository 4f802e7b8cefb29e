# nothing of the line runs when one command is unknown
'echo a; nosuch; echo b'
