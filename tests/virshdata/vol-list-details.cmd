vol-list default-pool --details
