'setmem test 2M; setmem test 2MB; setmem test 1GiB; setmem test 1048576KiB; setmem test 1024k; dumpxml test --xpath //currentMemory'
