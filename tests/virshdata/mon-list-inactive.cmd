list --inactive
