'managedsave test --running --paused; managedsave test --bypass-cache; start test; managedsave test --paused; start test; managedsave test --running --verbose'
