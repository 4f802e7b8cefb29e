allocpages 4 10
