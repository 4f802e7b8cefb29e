# the read-only prompt
-r
