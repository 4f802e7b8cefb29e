'net-define @DATA@/net-hostdev.xml; net-info nobr; net-dumpxml nobr; net-start nobr; net-info nosuch'
