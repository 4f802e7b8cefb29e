pool-define @DATA@/nonexistent.xml
