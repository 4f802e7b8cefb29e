# portgroup: add, a duplicate name, a second default (refused), modify,
# delete, a missing one, no name
"net-define @DATA@/net-update-bridge.xml; net-start netbr;
 net-update netbr add portgroup \"<portgroup name='sales'><vlan><tag id='7'/></vlan></portgroup>\";
 net-update netbr add-first portgroup \"<portgroup name='sales'/>\";
 net-update netbr add portgroup \"<portgroup name='ops' default='yes'/>\";
 net-update netbr modify portgroup \"<portgroup name='sales' default='yes'/>\";
 net-update netbr modify portgroup \"<portgroup name='engineering' trustGuestRxFilters='yes'><bandwidth><inbound average='1000' peak='5000' burst='1024'/></bandwidth></portgroup>\";
 net-update netbr add-first portgroup \"<portgroup name='ops'><virtualport type='openvswitch'/></portgroup>\";
 net-update netbr delete portgroup \"<portgroup name='sales'/>\";
 net-update netbr delete portgroup \"<portgroup name='sales'/>\";
 net-update netbr add portgroup \"<portgroup/>\";
 net-dumpxml netbr"
