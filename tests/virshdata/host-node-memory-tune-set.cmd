node-memory-tune --shm-pages-to-scan 10 --shm-sleep-millisecs 20 --shm-merge-across-nodes 1
