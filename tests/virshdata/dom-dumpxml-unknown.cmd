dumpxml nosuch
