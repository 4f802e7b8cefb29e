net-define @DATA@/nonexistent.xml
