net-update default bogus ip-dhcp-host @DATA@/net-host.xml
