'pool-define @DATA@/pool-demo.xml; pool-list --all; pool-list --inactive; pool-list; pool-list --all --details; pool-list --inactive --details'
