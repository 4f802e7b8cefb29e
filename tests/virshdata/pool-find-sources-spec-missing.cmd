find-storage-pool-sources netfs --srcSpec @DATA@/nonexistent.xml
