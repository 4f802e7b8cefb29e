'vol-create default-pool @DATA@/dom-vol-a.xml; vol-create default-pool @DATA@/dom-vol-e.xml; define @DATA@/dom-stor.xml; undefine stor --storage vdd,vda --wipe-storage; vol-list default-pool'
