pool-edit nosuch
