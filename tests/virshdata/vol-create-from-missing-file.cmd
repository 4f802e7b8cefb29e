'vol-create default-pool @DATA@/vol-demo.xml; vol-create-from default-pool @DATA@/nonexistent.xml /default-pool/disk1.img'
