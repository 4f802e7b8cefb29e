'pool-create-as cp3 dir --print-xml --build; pool-create-as cp4 netfs --source-host h --source-path /e --target /m --print-xml; pool-list --all'
