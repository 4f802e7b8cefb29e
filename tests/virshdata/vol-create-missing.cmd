vol-create default-pool @DATA@/nonexistent.xml
