'vol-create-as default-pool v2 1G 512M raw; vol-info v2 default-pool --bytes'
