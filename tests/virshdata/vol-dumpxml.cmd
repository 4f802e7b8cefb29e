'vol-create default-pool @DATA@/vol-demo.xml; vol-dumpxml disk1.img --pool default-pool; vol-dumpxml /default-pool/disk1.img'
