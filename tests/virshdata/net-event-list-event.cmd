net-event --list --event bogus --timeout 0
