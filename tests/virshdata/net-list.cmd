net-list
