list --uuid
