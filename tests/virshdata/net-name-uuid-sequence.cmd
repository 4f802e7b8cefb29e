'net-define @DATA@/net-demo.xml; net-uuid net1; net-name 11111111-2222-3333-4444-555555555555; net-uuid --network net1'
