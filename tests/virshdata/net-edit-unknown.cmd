net-edit nosuch
