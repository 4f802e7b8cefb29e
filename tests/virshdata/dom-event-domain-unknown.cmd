event --domain nosuch --all --timeout 1
