'vol-create-as default-pool v1 1M; vol-resize v1 1x --pool default-pool; vol-resize v1 -1x --pool default-pool --shrink; vol-resize v1 abc --pool default-pool; vol-resize v1 16E --pool default-pool'
