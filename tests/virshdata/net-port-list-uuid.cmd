net-port-list default --uuid
