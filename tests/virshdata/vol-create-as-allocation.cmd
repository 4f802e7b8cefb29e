'vol-create-as default-pool v2 1G --allocation 512M --format qcow2; vol-list default-pool --details; vol-dumpxml v2 --pool default-pool'
