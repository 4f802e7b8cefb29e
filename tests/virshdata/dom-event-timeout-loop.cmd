event --all --loop --timeout 1 --timestamp
