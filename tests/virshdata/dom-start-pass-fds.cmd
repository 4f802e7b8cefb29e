'destroy test; start test --pass-fds 3,a; start test --pass-fds ,; start test --pass-fds "3 "; start test --pass-fds 3,,4; start nosuch --pass-fds a'
