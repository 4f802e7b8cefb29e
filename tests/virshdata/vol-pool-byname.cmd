'vol-create-as default-pool v1 1M; vol-pool v1'
