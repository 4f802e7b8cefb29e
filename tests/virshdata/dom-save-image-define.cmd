'save test @TMP@/test.img; save-image-define @TMP@/test.img @DATA@/dom-image-crash.xml; save-image-dumpxml @TMP@/test.img --xpath //on_crash; restore @TMP@/test.img; dumpxml test --xpath //on_crash'
