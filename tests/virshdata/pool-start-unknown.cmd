pool-start nosuch
