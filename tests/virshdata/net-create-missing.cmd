net-create @DATA@/nonexistent.xml
