'pool-create-as cp2 dir --target /cp2 --build; pool-create-as cp2 dir --target /cp2 --overwrite; pool-create-as cp2 dir --target /cp2 --build --no-overwrite'
