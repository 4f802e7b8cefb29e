'save test @TMP@/test.img --xml @DATA@/dom-demo.xml; save test @TMP@/test.img --xml @DATA@/dom-nosuch.xml; save nosuch @TMP@/test.img --xml @DATA@/dom-nosuch.xml'
