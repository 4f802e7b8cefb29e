'net-create @DATA@/net-demo.xml; net-info net1; net-undefine net1; net-autostart net1; net-list --all; net-destroy net1; net-list --all; net-info net1'
