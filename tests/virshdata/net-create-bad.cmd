net-create @DATA@/net-bad.xml
