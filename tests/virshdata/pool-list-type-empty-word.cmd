'pool-list --type dir,; pool-list --type ,dir; pool-list --type dir,,x'
