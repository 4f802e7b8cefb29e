maxvcpus --type
