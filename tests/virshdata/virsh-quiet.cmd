# -q: no blank line after a command's output
-q 'echo a; pwd; dominfo nope; echo b'
