'net-event --event bogus; net-event --event bogus --timeout 0'
