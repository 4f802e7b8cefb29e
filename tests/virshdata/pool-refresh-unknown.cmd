pool-refresh nosuch
