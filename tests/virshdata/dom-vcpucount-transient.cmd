'create @DATA@/dom-transient.xml; vcpucount transient'
