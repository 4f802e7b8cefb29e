'net-create @DATA@/net-demo.xml; net-list --all; net-info net1'
