'undefine nosuch --wipe-storage; undefine test --delete-storage-volume-snapshots; undefine nosuch --delete-snapshots; undefine nosuch --storage a --remove-all-storage'
