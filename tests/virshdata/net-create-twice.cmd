'net-create @DATA@/net-demo.xml; net-create @DATA@/net-demo.xml'
