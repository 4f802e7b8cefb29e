'vol-create-as default-pool v1 1M; vol-info default-pool/v1'
