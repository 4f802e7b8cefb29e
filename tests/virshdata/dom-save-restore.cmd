'save test @TMP@/test.img; domstate test; restore @TMP@/test.img; domstate test'
