net-name default
