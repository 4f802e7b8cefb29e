pool-build default-pool
