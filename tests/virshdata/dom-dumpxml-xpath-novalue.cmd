dumpxml test --xpath
