net-update default none ip-dhcp-host @DATA@/net-host.xml
