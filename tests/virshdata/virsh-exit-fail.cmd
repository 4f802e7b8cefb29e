'echo a; dominfo nope'
