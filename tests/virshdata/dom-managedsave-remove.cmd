'managedsave test; managedsave-remove test; managedsave-remove test; managedsave-remove nosuch; start test'
