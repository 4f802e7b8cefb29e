list --title
