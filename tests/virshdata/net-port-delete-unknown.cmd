'net-port-delete nosuch xx; net-port-delete default xx; net-info nosuch'
