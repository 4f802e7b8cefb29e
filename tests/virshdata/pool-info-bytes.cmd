pool-info --bytes default-pool
