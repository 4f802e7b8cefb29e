'define @DATA@/dom-stor.xml; undefine stor --storage vda --remove-all-storage'
