'destroy test; setmaxmem test 4G; dumpxml test --xpath //memory; setmaxmem test 1G; dumpxml test --xpath //currentMemory; setmaxmem test 0; setmaxmem test abc'
