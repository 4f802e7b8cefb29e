dumpxml test --xpath '//bad[' --wrap
