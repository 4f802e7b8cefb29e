'find-storage-pool-sources-as netfs --host nfs.example.com; find-storage-pool-sources-as netfs nfs.example.com 2049; find-storage-pool-sources-as iscsi --host h --port 3260 --initiator iqn.x'
