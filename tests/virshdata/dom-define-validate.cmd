'define --file @DATA@/dom-demo.xml --validate; dumpxml demo --xpath //title'
