'vol-create default-pool @DATA@/vol-demo.xml; vol-list default-pool --details; vol-info disk1.img --pool default-pool'
