list --running
