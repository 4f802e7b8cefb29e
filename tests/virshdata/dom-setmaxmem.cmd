'setmaxmem test 4G; setmaxmem test 4G --live; setmaxmem test 4G --current; setmaxmem test 4G --config; dumpxml test --inactive --xpath //memory'
