'echo --err failure; echo --shell --xml a'
