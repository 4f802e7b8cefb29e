'managedsave test; start test; managedsave test; start test --paused'
