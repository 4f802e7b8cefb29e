pool-list --details
