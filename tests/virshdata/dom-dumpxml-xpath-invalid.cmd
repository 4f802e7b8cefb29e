dumpxml test --xpath '//bad['
