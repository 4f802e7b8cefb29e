'define @DATA@/mon-demo.xml; list --all; list --inactive --name; list --all --title; domstate demo --reason'
