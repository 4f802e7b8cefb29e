pool-event --list
