'net-port-dumpxml default nosuch --xpath //x --wrap; net-port-dumpxml nosuch 11111111-2222-3333-4444-555555555555'
