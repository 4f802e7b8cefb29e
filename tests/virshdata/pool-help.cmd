'help pool-list; help pool-define-as; help pool-start; help find-storage-pool-sources-as'
