'pool-create-as cp dir --target /cp; pool-list --details; pool-create-as default-pool dir --target /cp'
