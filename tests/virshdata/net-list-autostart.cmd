'net-define @DATA@/net-demo.xml; net-autostart net1; net-list --all --autostart; net-list --all --no-autostart; net-list --autostart; net-start net1; net-list --autostart; net-list --no-autostart'
