'create @DATA@/mon-transient.xml; domblklist zed; domblklist zed --details --inactive'
