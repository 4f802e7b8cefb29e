pool-create-as x dir
