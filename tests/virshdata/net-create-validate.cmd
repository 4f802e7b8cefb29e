'net-create @DATA@/net-demo.xml --validate; net-list'
