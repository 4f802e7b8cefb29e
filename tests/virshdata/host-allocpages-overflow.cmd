allocpages 4294967296 1
