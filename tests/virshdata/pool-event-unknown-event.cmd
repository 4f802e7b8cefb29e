pool-event --event bogus
