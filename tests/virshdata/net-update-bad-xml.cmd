# malformed elements, a wrong element, two elements
"net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:55' ip='192.168.122.5'\";
 net-update default add ip-dhcp-host \"<range start='192.168.122.2' end='192.168.122.9'/>\";
 net-update default add dns-txt \"<txt name='a' value='1'/><txt name='b' value='2'/>\";
 net-update default add ip-dhcp-host \"<host mac='01:00:5e:00:00:01' ip='192.168.122.5'/>\";
 net-update default add ip-dhcp-host \"<host ip='192.168.122.5'/>\";
 net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:55'/>\";
 net-update default delete ip-dhcp-host \"<host id='01:02'/>\";
 net-update default add ip-dhcp-host \"<host mac='00:11:22:33:44:55' ip='fd00::5'/>\""
