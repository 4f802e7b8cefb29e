'pool-define @DATA@/pool-demo.xml; pool-create @DATA@/pool-demo.xml; pool-list --all --details; pool-undefine pool1'
