net-port-list nosuch
