'setmem test 0; setmem test -1; setmem test abc; setmem test 1X; setmem test 1.5G; setmem test 20000000000000000000; setmem test 16E; setmem test ""'
