pool-list --type bogus
