'metadata test http://example.com/ --key ex --set "<foo"; metadata test http://e/ --key x --set "<a/><b/>"; metadata test http://e/ --key "bad key" --set "<a/>"'
