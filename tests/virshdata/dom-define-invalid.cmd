'define @DATA@/dom-invalid.xml; define @DATA@/dom-invalid.xml --validate'
