# Numeric value ... is malformed or out of range, after the command started
'node-memory-tune --shm-pages-to-scan abc; node-memory-tune --shm-pages-to-scan -1; node-memory-tune --shm-pages-to-scan 99999999999'
