'pool-create @DATA@/pool-demo.xml --build; pool-create @DATA@/pool-demo.xml --overwrite; pool-create @DATA@/pool-demo.xml --no-overwrite'
