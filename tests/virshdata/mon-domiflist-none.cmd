'create @DATA@/mon-transient.xml; domiflist zed; domiflist zed --inactive'
