pool-create @DATA@/pool-demo.xml --overwrite --no-overwrite
