# no command: commands one per line from dom-stdin.stdin, one test:///default state
