pool-create @DATA@/pool-bad.xml
