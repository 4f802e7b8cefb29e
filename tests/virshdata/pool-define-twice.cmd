'pool-define @DATA@/pool-demo.xml; pool-define @DATA@/pool-demo.xml; pool-list --all'
