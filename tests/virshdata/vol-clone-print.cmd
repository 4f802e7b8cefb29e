"vol-create default-pool @DATA@/vol-demo.xml; vol-clone /default-pool/disk1.img 'a<b&amp;c' --print-xml; vol-clone disk1.img clone2 default-pool --print-xml; vol-list default-pool"
