'save 6695eb01-f6a4-8304-79aa-97f2502e193f @TMP@/test.img; restore @TMP@/test.img'
