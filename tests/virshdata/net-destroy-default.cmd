'net-destroy default; net-list --all; net-start default; net-list'
