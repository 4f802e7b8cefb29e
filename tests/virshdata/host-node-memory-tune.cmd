node-memory-tune
