'destroy test; start test --pass-fds 1,2; domstate test; destroy test; start test --pass-fds 1 --paused'
