'vol-create-as default-pool v1 1M; vol-delete v1 default-pool --delete-snapshots'
