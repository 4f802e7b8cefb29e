define @DATA@/dom-nosuch.xml
