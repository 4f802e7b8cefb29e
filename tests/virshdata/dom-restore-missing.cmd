'restore @TMP@/nosuch.img; restore @TMP@/nosuch.img --xml @DATA@/dom-nosuch.xml'
