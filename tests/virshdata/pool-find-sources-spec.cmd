find-storage-pool-sources netfs @DATA@/pool-srcspec.xml
