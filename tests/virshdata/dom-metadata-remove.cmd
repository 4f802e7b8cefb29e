'metadata test http://example.com/ --key ex --set "<foo/>"; metadata test http://example.com/ --remove; metadata test http://example.com/'
