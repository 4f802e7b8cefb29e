domstate test
