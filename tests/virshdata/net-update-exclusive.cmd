'net-update default add ip-dhcp-host @DATA@/net-host.xml --current --live; net-update default add ip-dhcp-host @DATA@/net-host.xml --current --config'
