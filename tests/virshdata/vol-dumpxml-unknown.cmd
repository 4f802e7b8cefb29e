vol-dumpxml nosuch --pool default-pool
