'vol-create default-pool @DATA@/vol-demo.xml; vol-create default-pool @DATA@/vol-demo.xml'
