'save test @TMP@/test.img; save-image-dumpxml @TMP@/test.img; save-image-dumpxml --file @TMP@/test.img --security-info'
