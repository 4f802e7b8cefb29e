'create @DATA@/dom-transient.xml; undefine transient'
