'net-define @DATA@/net-demo.xml; net-list --all; net-dumpxml net1'
