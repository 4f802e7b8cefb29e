'net-define @DATA@/net-demo.xml; net-list --all --name; net-list --all --uuid; net-list --inactive --name; net-list --table --all'
