'vol-create-as default-pool v1 1M; vol-wipe v1 --pool default-pool; vol-wipe /default-pool/v1 --algorithm zero; vol-wipe v1 default-pool nnsa; vol-wipe v1 --pool default-pool --algorithm trim'
