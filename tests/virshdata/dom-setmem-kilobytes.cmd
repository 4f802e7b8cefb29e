'setmem test --kilobytes 100000; dumpxml test --xpath //currentMemory; setmem test 1G --kilobytes 100'
