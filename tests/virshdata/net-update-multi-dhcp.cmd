# which <ip>: the one with DHCP by default, else the one at --parent-index;
# DHCP on one address per family only; IPv6 hosts have no MAC
"net-define @DATA@/net-update-dual.xml; net-start dual;
 net-update dual add ip-dhcp-host \"<host mac='00:11:22:33:44:55' name='one' ip='10.7.0.5'/>\";
 net-update dual add ip-dhcp-host \"<host mac='00:11:22:33:44:56' ip='10.8.0.5'/>\" --parent-index 1;
 net-update dual add ip-dhcp-range \"<range start='10.8.0.10' end='10.8.0.20'/>\" --parent-index 1;
 net-update dual add ip-dhcp-host \"<host mac='00:11:22:33:44:57' ip='fd00:7::5'/>\" --parent-index 2;
 net-update dual add ip-dhcp-host \"<host id='00:01:02' name='six' ip='fd00:7::5'/>\" --parent-index 2;
 net-update dual add ip-dhcp-range \"<range start='fd00:7::100' end='fd00:7::1ff'/>\" --parent-index 2;
 net-update dual add ip-dhcp-host \"<host name='x' ip='10.9.0.5'/>\" --parent-index 3;
 net-update dual delete ip-dhcp-range \"<range start='10.7.0.10' end='10.7.0.99'/>\";
 net-update dual delete ip-dhcp-host \"<host name='one'/>\";
 net-update dual add ip-dhcp-range \"<range start='10.8.0.10' end='10.8.0.20'/>\" --parent-index 1;
 net-dumpxml dual"
