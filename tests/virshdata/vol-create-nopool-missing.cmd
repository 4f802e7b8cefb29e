vol-create nopool @DATA@/nonexistent.xml
