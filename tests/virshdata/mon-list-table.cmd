list --table --all
