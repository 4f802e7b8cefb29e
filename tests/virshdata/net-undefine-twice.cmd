'net-define @DATA@/net-demo.xml; net-undefine net1; net-undefine net1'
