'net-define @DATA@/net-demo.xml; net-list --all; net-list --inactive; net-list; net-list --persistent --all; net-list --transient --all'
