pool-define-as p1 netfs h /p /d n /t f chap u s --print-xml
