net-list --all extra
