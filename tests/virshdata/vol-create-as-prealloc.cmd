vol-create-as default-pool v3 1G --prealloc-metadata
