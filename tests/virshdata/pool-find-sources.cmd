find-storage-pool-sources logical
