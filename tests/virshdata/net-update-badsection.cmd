net-update default add bogus @DATA@/net-host.xml
