'pool-define @DATA@/pool-demo.xml; pool-info pool1; pool-info pool1 --bytes; pool-autostart pool1; pool-info aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
