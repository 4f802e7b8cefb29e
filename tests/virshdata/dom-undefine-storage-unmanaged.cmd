'vol-create default-pool @DATA@/dom-vol-a.xml; define @DATA@/dom-stor.xml; undefine stor --storage vdc,vda; vol-list default-pool'
