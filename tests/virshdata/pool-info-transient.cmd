'pool-create @DATA@/pool-demo.xml; pool-info pool1'
