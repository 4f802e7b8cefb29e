'destroy test; start test --console'
