'event --list --timestamp; event --list --domain test; event --list --loop --timeout abc'
