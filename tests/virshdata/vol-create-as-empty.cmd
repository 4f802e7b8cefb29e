vol-create-as default-pool v ''
