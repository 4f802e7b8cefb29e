allocpages x 10
