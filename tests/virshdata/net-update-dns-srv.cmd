# dns-srv: from a file too; a record matches on every one of domain,
# service, protocol and target given
"net-update default add dns-srv @DATA@/net-update-srv.xml;
 net-update default add dns-srv \"<srv service='ldap' protocol='udp'/>\";
 net-update default add-first dns-srv \"<srv service='ldap' protocol='tcp'/>\";
 net-update default add dns-srv \"<srv service='www' protocol='tcp' port='80'/>\";
 net-update default add dns-srv \"<srv service='www'/>\";
 net-update default modify dns-srv @DATA@/net-update-srv.xml;
 net-update default delete dns-srv \"<srv service='ldap'/>\";
 net-update default delete dns-srv \"<srv target='ldap.example.com'/>\";
 net-update default delete dns-srv \"<srv target='ldap.example.com'/>\";
 net-dumpxml default"
