'vol-create-as default-pool v1 1M; vol-upload v1 @DATA@/vol-demo.xml --pool default-pool; vol-upload v1 @DATA@/vol-demo.xml default-pool 1 2 --sparse'
