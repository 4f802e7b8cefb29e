net-dumpxml nosuch
