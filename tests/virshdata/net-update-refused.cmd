# the sections libvirt does not update, whatever the element
"net-update default add bridge \"<bridge name='virbr9'/>\";
 net-update default modify domain \"<domain name='example.com'/>\";
 net-update default add ip \"<ip address='10.1.0.1' prefix='24'/>\";
 net-update default delete forward \"<forward mode='nat'/>\";
 net-update default add forward-pf \"<pf dev='eth0'/>\";
 net-dumpxml default"
