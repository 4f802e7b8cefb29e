vol-name v1 --pool default-pool
