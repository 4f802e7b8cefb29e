net-info nosuch
