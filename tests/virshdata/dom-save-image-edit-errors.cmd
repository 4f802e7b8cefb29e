'save-image-edit @TMP@/nosuch.img --running --paused; save-image-edit @TMP@/nosuch.img'
