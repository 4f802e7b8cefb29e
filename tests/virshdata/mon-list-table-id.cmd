list --table --id
