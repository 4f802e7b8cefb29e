'save test @TMP@/a.img --running --paused; save test @TMP@/b.img --bypass-cache; save test @TMP@/c.img --paused'
