# options not given yet, by prefix
complete -- echo --s
