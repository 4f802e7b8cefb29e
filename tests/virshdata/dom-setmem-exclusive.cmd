'setmem test 1G --current --live; setmem test 1G --current --config; setmem nosuch 1G --current --live --config'
