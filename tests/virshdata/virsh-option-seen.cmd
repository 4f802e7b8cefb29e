'echo --shell --shell a'
