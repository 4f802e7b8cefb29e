vol-resize nosuch -1
