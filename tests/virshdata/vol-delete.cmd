'vol-create-as default-pool v1 1M; vol-create-as default-pool v2 1M; vol-delete v1 --pool default-pool; vol-delete /default-pool/v2; vol-delete v1 --pool default-pool; vol-list default-pool'
