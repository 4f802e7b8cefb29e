list --uuid --name --id
