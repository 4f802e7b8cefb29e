'define @DATA@/dom-stor.xml; undefine stor --storage vda,nosuch; undefine stor --storage vda,vda; undefine stor --storage vda,,vdb; undefine stor --storage hdd; dumpxml stor --xpath //name'
