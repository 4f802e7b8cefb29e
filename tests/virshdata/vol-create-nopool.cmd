vol-create nopool @DATA@/vol-small.xml
