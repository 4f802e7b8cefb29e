dumpxml test --xpath //nothing
