# dns-host: records are told apart by address when added (one name may have
# several), by address or any name when deleted; modify is refused
"net-update default add dns-host \"<host ip='192.168.122.2'><hostname>a</hostname><hostname>b</hostname></host>\";
 net-update default add dns-host \"<host ip='192.168.122.3'><hostname>b</hostname></host>\";
 net-update default add-first dns-host \"<host ip='192.168.122.2'><hostname>c</hostname></host>\";
 net-update default add-first dns-host \"<host ip='fd00::4'><hostname>six</hostname></host>\";
 net-update default add dns-host \"<host ip='192.168.122.5'/>\";
 net-update default modify dns-host \"<host ip='192.168.122.2'><hostname>a</hostname></host>\";
 net-update default delete dns-host \"<host><hostname>b</hostname></host>\";
 net-update default delete dns-host \"<host/>\";
 net-update default delete dns-host \"<host ip='192.168.122.9'/>\";
 net-update default delete dns-host \"<host><hostname>a</hostname></host>\";
 net-dumpxml default"
