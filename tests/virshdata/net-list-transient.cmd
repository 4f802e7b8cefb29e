'net-create @DATA@/net-demo.xml; net-list --transient; net-list --persistent; net-list --all --transient --no-autostart'
