'destroy test; setmem test 1G; setmem test 1G --live; setmem test 1G --current; dumpxml test --xpath //currentMemory; setmem test 1G --config; setmem nosuch 1G; setmem nosuch abc'
