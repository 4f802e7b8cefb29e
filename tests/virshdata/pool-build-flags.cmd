'pool-define @DATA@/pool-demo.xml; pool-build pool1 --overwrite; pool-build pool1 --no-overwrite; pool-build pool1 --overwrite --no-overwrite'
