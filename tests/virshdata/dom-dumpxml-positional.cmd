dumpxml --domain test --inactive
