'create @DATA@/dom-demo.xml --pass-fds ""'
