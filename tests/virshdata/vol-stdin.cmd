# no arguments: the commands come from standard input, one per line
