net-list --uuid --name
