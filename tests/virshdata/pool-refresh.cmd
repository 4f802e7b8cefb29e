pool-refresh default-pool
