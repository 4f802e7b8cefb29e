'vol-download nosuch @TMP@/dl.bin --offset x; vol-download nosuch @TMP@/dl.bin --offset -1; vol-download nosuch @TMP@/dl.bin --length x; vol-download nosuch @TMP@/dl.bin --length -1'
