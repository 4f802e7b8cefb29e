dumpxml test --xpath /
