'vol-create default-pool @DATA@/vol-small.xml --validate; vol-list default-pool'
