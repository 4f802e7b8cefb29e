'vol-create-as default-pool v1 1M; vol-upload v1 @DATA@/nonexistent.bin --pool default-pool; vol-upload nosuch @DATA@/nonexistent.bin --length x; vol-upload nosuch @DATA@/nonexistent.bin'
