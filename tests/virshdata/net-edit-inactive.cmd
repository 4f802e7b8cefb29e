'net-define @DATA@/net-demo.xml; net-edit net1'
