define @DATA@/dom-bad.xml
