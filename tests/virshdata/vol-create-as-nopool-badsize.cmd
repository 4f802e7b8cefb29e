vol-create-as nopool v5 abc
