'pool-destroy default-pool; pool-list --all --details; pool-info default-pool; pool-start default-pool; pool-list'
