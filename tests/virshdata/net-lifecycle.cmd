'net-define @DATA@/net-demo.xml; net-start net1; net-start net1; net-list --all; net-destroy net1; net-list --all; net-undefine net1; net-list --all'
