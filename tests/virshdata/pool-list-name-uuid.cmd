'pool-define @DATA@/pool-demo.xml; pool-list --name; pool-list --uuid; pool-list --all --name --uuid; pool-list --inactive --uuid'
