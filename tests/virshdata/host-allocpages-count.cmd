allocpages 4 -1
