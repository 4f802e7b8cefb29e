pool-start nosuch --overwrite --no-overwrite
