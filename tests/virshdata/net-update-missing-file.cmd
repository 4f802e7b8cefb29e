net-update default add ip-dhcp-host @DATA@/nonexistent.xml
