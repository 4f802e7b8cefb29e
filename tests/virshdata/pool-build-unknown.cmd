pool-build nosuch
