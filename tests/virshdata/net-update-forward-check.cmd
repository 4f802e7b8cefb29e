# the changed definition must still be a valid one: a NAT network takes one
# forward interface, and nothing is changed when the second is refused
"net-update default add forward-interface \"<interface dev='eth0'/>\";
 net-update default add forward-interface \"<interface dev='eth1'/>\";
 net-dumpxml default"
