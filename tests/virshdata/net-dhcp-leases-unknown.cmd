net-dhcp-leases nosuch
