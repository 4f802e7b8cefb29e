pool-list --type ''
