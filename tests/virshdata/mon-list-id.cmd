list --id --all
