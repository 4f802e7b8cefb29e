vol-wipe nosuch --algorithm bogus
