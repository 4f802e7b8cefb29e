list --uuid --table
