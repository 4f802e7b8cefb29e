allocpages 4
