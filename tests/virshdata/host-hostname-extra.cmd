hostname x
