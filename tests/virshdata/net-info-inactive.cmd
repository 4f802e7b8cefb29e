'net-define @DATA@/net-demo.xml; net-info net1; net-autostart net1; net-info 11111111-2222-3333-4444-555555555555'
