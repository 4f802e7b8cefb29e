net-port-create default @DATA@/net-host.xml
