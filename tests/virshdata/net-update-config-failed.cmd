# the persistent definition of a running network is set apart by the first
# --config update, even one that fails: the later --live change is not in it
"net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:01'\" --config;
 net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:01' ip='192.168.122.11'/>\" --live;
 net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:01' ip='192.168.122.11'/>\" --config;
 net-dumpxml default --xpath //host"
