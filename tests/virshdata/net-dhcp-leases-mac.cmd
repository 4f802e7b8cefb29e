net-dhcp-leases default --mac aa:bb:cc:dd:ee:ff
