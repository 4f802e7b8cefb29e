net-port-list nosuch --uuid --table
