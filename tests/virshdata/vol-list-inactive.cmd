'pool-define @DATA@/pool-demo.xml; vol-list pool1; vol-list pool1 --details'
