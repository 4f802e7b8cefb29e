'pool-create @DATA@/pool-demo.xml; pool-list --all --details; pool-info pool1'
