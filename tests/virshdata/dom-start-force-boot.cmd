'destroy test; start test --force-boot; managedsave test; start test --force-boot; domstate test'
