'vol-create-as default-pool v1 1M; vol-resize v1 -1M --pool default-pool'
