vol-create default-pool @DATA@/vol-small.xml --prealloc-metadata
