find-storage-pool-sources bogus
