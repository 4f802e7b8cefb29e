pool-destroy nosuch
