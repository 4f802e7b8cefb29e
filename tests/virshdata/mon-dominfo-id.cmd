dominfo 1
