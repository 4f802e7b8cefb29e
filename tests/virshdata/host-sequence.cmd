'hostname; uri; nodeinfo; version; maxvcpus'
