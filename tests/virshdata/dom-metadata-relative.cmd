'metadata test bad --key x --set "<a/>"; metadata test bad'
