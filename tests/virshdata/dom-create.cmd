'create @DATA@/dom-demo.xml; dumpxml demo --xpath //name; create @DATA@/dom-demo.xml'
