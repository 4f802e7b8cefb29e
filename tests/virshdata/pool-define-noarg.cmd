pool-define
