pool-define-as p1
