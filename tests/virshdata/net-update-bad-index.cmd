net-update default add ip-dhcp-host @DATA@/net-host.xml --parent-index x
