'vol-create default-pool @DATA@/vol-demo.xml; vol-info disk1.img --pool default-pool; vol-info --bytes /default-pool/disk1.img; vol-info disk1.img default-pool --bytes'
