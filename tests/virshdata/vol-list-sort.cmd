'vol-create-as default-pool Bv 1; vol-create-as default-pool av 2k; vol-create-as default-pool _v 3M; vol-list default-pool; vol-list --details default-pool'
