'pool-create @DATA@/pool-demo.xml; pool-create @DATA@/pool-demo.xml'
