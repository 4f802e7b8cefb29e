'pool-define @DATA@/pool-demo.xml; vol-info x --pool pool1'
