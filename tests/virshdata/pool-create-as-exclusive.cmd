pool-create-as x dir --overwrite --no-overwrite --print-xml
