'event --event nosuch; event --domain nosuch --event foo; event --event foo --timeout 0'
