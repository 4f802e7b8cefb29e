'save test @TMP@/test.img; save-image-edit @TMP@/test.img'
