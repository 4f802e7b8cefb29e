nodememstats --cell x
