nodememstats --cell -2
