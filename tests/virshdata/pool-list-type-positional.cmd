pool-list dir
