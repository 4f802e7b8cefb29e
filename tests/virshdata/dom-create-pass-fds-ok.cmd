'create @DATA@/dom-demo.xml --pass-fds 1,2; domstate demo; destroy demo; create @DATA@/dom-demo.xml --pass-fds 1 --paused'
