net-define @DATA@/net-noname.xml
