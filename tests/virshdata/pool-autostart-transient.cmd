'pool-create @DATA@/pool-demo.xml; pool-autostart pool1; pool-autostart pool1 --disable'
