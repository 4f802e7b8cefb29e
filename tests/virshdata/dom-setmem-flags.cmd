'setmem test 1G --config; dumpxml test --inactive --xpath //currentMemory; setmem test 512M --live; setmem test 256M --current; dumpxml test --xpath //currentMemory; setmem test 1G --config --live'
