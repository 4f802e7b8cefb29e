'event --all --timeout 0; event --all --timeout -1; event --all --timeout abc; event --all --timeout 2147484; event --all --timeout 4294967296; event --domain nosuch --all --timeout 0'
