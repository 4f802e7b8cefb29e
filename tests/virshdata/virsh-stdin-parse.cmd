# a parse error stops only its own line
-q
