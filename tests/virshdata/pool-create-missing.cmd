pool-create @DATA@/nonexistent.xml
