net-list --table --name
