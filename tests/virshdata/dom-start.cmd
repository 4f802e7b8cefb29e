'destroy test; start test; start test'
