# --xpath and --wrap came after libvirt 9.0
capabilities --xpath //cpu
