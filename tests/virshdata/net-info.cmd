net-info default
