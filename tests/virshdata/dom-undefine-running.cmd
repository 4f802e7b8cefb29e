'undefine test; dumpxml test --xpath //name; destroy test; dumpxml test'
