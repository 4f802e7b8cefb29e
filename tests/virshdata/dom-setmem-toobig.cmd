'setmem test 9T; setmem test 100G'
