net-create --file @DATA@/net-invalid.xml --validate
