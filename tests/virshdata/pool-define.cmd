'pool-define @DATA@/pool-demo.xml; pool-list --all; pool-dumpxml pool1'
