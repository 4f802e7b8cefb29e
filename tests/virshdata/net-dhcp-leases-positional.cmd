net-dhcp-leases default aa:bb:cc:dd:ee:ff
