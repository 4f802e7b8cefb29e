'define @DATA@/mon-devices.xml; domiflist devices; start devices; domiflist devices; domiflist devices --inactive; define @DATA@/mon-demo.xml; domiflist demo'
