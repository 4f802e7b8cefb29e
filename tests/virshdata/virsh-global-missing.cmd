# -l takes an argument
-l
