pool-dumpxml nosuch
