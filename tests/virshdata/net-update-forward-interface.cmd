# forward-interface: add-first (it becomes <forward dev=...>), add-last, a
# duplicate, modify (refused), no dev, delete, a missing one
"net-define @DATA@/net-update-bridge.xml; net-start netbr;
 net-update netbr add-first forward-interface \"<interface dev='eth2'/>\";
 net-update netbr add-last forward-interface \"<interface dev='eth3'/>\";
 net-update netbr add forward-interface \"<interface dev='eth0'/>\";
 net-update netbr modify forward-interface \"<interface dev='eth0'/>\";
 net-update netbr add forward-interface \"<interface/>\";
 net-update netbr delete forward-interface \"<interface dev='eth1'/>\";
 net-update netbr delete forward-interface \"<interface dev='eth9'/>\";
 net-dumpxml netbr"
