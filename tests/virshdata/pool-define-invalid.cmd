pool-define @DATA@/pool-invalid.xml --validate
