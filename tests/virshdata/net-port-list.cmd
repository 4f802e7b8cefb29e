net-port-list default
