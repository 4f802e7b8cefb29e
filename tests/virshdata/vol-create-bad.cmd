vol-create default-pool @DATA@/vol-bad.xml
