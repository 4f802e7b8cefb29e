pool-event --loop --timeout 1 --timestamp
