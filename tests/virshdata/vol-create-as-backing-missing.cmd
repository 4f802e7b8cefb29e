vol-create-as default-pool v3 1G --backing-vol nosuch --print-xml
