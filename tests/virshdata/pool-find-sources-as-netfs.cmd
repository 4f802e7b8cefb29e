find-storage-pool-sources-as netfs
