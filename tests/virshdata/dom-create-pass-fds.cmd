'create @DATA@/dom-demo.xml --pass-fds 3,a'
