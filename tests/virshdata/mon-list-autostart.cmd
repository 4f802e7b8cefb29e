'define @DATA@/mon-demo.xml; autostart demo; list --autostart --all; list --no-autostart --all; list --autostart --inactive --uuid; dominfo demo'
