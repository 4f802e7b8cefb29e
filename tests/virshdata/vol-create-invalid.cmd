vol-create default-pool @DATA@/vol-invalid.xml --validate
