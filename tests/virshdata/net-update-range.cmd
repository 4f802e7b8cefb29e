# ip-dhcp-range: add-first and add-last, a duplicate, modify (refused), a
# range outside the network, delete
"net-update default add-first ip-dhcp-range \"<range start='192.168.122.2' end='192.168.122.9'/>\";
 net-update default add-last ip-dhcp-range \"<range start='192.168.122.100' end='192.168.122.120'><lease expiry='2' unit='hours'/></range>\";
 net-update default add ip-dhcp-range \"<range start='192.168.122.2' end='192.168.122.9'/>\";
 net-update default modify ip-dhcp-range \"<range start='192.168.122.2' end='192.168.122.9'/>\";
 net-update default add ip-dhcp-range \"<range start='10.0.0.2' end='10.0.0.9'/>\";
 net-update default delete ip-dhcp-range \"<range start='192.168.122.2' end='192.168.122.254'/>\";
 net-update default delete ip-dhcp-range \"<range start='192.168.122.2' end='192.168.122.254'/>\";
 net-dumpxml default"
