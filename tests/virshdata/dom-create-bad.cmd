'create @DATA@/dom-bad.xml; create @DATA@/dom-invalid.xml; create @DATA@/dom-nosuch.xml'
