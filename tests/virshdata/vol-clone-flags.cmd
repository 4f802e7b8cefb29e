'vol-create default-pool @DATA@/vol-demo.xml; vol-clone disk1.img c3 --pool default-pool --reflink; vol-clone disk1.img c4 --pool default-pool --prealloc-metadata'
