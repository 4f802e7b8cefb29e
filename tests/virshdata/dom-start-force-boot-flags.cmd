'managedsave test; start test --force-boot --paused; domstate test; start test --force-boot --reset-nvram'
