list --name
