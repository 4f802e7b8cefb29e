'pool-define-as p1 dir --target /p1; pool-list --all; pool-dumpxml p1 --xpath //target'
