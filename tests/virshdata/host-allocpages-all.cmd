allocpages 4KiB 4294967296 --all
