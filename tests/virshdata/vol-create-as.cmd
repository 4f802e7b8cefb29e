'vol-create-as default-pool v1 10M; vol-list default-pool --details; vol-info v1 --pool default-pool'
