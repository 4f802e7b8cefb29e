'net-create @DATA@/net-demo.xml; net-define @DATA@/net-dhcp.xml; net-list --all; net-list --all --name; net-list --all --uuid'
