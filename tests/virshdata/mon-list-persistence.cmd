'define @DATA@/mon-beta.xml; create @DATA@/mon-transient.xml; list --persistent; list --persistent --all; list --transient --all; list --transient --inactive; list --inactive --persistent --name'
