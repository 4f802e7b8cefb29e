'net-define @DATA@/net-invalid.xml; net-list --all --name'
