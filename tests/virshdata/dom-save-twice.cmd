'save test @TMP@/test.img; save test @TMP@/test.img; restore @TMP@/test.img; restore @TMP@/test.img'
