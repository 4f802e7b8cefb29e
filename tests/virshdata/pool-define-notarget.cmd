pool-define @DATA@/pool-notarget.xml
