'vol-create-from default-pool @DATA@/nonexistent.xml nosuch; vol-create-from nopool @DATA@/nonexistent.xml nosuch'
