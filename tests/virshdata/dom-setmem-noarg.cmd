setmem test
