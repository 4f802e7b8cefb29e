'vol-create-as default-pool v1 10M; vol-create-as default-pool v1 10M'
