list --managed-save --all
