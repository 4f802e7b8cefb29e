pool-dumpxml --inactive default-pool
