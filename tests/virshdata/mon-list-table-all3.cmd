list --table --uuid --name --id
