'create @DATA@/dom-demo.xml --paused; create @DATA@/dom-demo.xml --autodestroy; create @DATA@/dom-demo.xml --validate; create @DATA@/dom-demo.xml --reset-nvram'
