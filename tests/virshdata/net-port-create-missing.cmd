'net-port-create default @DATA@/nonexistent.xml --validate; net-port-create nosuch @DATA@/nonexistent.xml'
