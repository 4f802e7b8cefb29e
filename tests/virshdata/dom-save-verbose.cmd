'save test @TMP@/test.img --verbose'
