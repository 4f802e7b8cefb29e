vol-create-as nopool v5 10M
