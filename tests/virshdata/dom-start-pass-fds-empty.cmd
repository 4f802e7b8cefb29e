'destroy test; start test --pass-fds ""'
