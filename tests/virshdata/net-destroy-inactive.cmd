'net-define @DATA@/net-demo.xml; net-destroy net1; net-destroy net1'
