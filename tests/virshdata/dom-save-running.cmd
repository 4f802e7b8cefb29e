'save test @TMP@/test.img --running; restore @TMP@/test.img; domstate test'
