'vol-create default-pool @DATA@/vol-demo.xml; vol-create-from default-pool @DATA@/vol-small.xml disk1.img'
