net-event --list
