net-define @DATA@/net-invalid.xml --validate
