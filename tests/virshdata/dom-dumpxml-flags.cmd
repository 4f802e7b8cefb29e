'define @DATA@/dom-demo.xml; start demo; dumpxml demo --inactive; dumpxml demo --security-info --migratable'
