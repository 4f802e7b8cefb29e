'pool-define --validate @DATA@/pool-demo.xml; pool-info pool1'
