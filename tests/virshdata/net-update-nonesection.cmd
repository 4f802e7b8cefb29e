net-update default add none @DATA@/net-host.xml
