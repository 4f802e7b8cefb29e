'pool-list --details --uuid; pool-list --details --name; pool-list --details --name --uuid'
