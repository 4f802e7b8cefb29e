"net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:55' ip='192.168.122.5'/>\"; net-dumpxml default"
