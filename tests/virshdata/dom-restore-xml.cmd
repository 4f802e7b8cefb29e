'save test @TMP@/test.img; restore @TMP@/test.img --xml @DATA@/dom-image-crash.xml; dumpxml test --xpath //on_crash'
