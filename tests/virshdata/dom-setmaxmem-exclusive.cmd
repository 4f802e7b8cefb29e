'setmaxmem test 4G --config --live; setmaxmem test 4G --config --current; setmaxmem test'
