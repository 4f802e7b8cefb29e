'metadata test http://example.com/'
