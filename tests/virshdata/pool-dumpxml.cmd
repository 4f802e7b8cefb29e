pool-dumpxml default-pool
