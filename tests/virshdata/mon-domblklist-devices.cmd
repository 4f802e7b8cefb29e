'define @DATA@/mon-devices.xml; domblklist devices; domblklist devices --details; start devices; domblklist devices --inactive; domblklist devices --details'
