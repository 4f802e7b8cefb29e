'save-image-dumpxml @TMP@/nosuch.img; save-image-dumpxml @TMP@/nosuch.img --xpath ""'
