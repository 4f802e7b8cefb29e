net-edit default
