pool-uuid nosuch
