node-memory-tune --shm-pages-to-scan -1
