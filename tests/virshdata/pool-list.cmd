pool-list
