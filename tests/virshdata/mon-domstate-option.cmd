domstate --reason --domain 1
