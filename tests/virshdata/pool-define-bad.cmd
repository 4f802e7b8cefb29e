pool-define @DATA@/pool-bad.xml
