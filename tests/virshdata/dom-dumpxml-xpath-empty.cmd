dumpxml test --xpath ''
