'pool-define @DATA@/pool-demo.xml; vol-create-as pool1 x 1M; pool-start pool1; vol-create-as pool1 x 1M; vol-list pool1'
