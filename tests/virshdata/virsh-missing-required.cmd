# a required positional option (DATA)
dominfo
