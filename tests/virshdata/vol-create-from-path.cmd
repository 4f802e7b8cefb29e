'vol-create default-pool @DATA@/vol-demo.xml; vol-create-from default-pool @DATA@/vol-small.xml /default-pool/disk1.img; vol-create-from default-pool @DATA@/vol-small.xml /default-pool/disk1.img'
