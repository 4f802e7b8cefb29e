'managedsave test; domstate test; managedsave test; start test; domstate test'
