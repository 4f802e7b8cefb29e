'create @DATA@/mon-transient.xml; dominfo zed; dominfo 2'
