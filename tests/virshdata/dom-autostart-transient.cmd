'create @DATA@/dom-transient.xml; autostart transient; autostart transient --disable'
