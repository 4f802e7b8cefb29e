'define @DATA@/dom-demo.xml; dumpxml demo --inactive'
