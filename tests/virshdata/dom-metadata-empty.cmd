'metadata test "" --key x --set "<a/>"; metadata test http://e/ --key x --set ""; metadata test; metadata nosuch http://e/ --set x; metadata nosuch http://e/'
