pool-edit default-pool
