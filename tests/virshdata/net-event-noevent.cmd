net-event --timeout 1
