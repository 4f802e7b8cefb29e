'vol-create default-pool @DATA@/vol-demo.xml; vol-info disk1.img --pool default-pool --physical; vol-info /default-pool/disk1.img --physical --bytes'
