dumpxml test --update-cpu
