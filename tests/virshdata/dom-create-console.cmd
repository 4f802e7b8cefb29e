create @DATA@/dom-demo.xml --console
