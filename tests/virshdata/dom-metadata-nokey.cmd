'metadata test http://example.com/ --set "<foo/>"; metadata test http://example.com/ --edit'
