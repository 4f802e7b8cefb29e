'define @DATA@/dom-demo.xml; define @DATA@/dom-demo-updated.xml; dumpxml demo --xpath //memory'
