'net-define @DATA@/net-demo.xml; net-define @DATA@/net-demo.xml; net-list --all'
