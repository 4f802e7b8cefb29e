'net-define --validate @DATA@/net-demo.xml; net-info net1'
