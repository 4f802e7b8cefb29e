'pool-define-as averyveryverylongpoolnamethatislong dir --target /x; pool-list --all --name; pool-list --all'
