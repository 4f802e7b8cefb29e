# -d 0: the parsed options, on standard output
-d 0 'echo --shell a --hi; help --command=pwd'
