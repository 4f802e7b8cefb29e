# --config on a running network changes the definition of its next start,
# which libvirt's test driver never shows; --live and --config change both
# or neither; a stopped network's update goes to its persistent definition
"net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:01' ip='192.168.122.11'/>\" --config;
 net-dumpxml default --xpath //host;
 net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:02' ip='192.168.122.12'/>\";
 net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:02' ip='192.168.122.12'/>\" --config --live;
 net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:01' ip='192.168.122.11'/>\" --live --config;
 net-dumpxml default --xpath //host;
 net-destroy default;
 net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:03' ip='192.168.122.13'/>\";
 net-dumpxml default --xpath //host"
