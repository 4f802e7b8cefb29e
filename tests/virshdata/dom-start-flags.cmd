'destroy test; start test --paused; start test --autodestroy; start test --bypass-cache; start test --reset-nvram'
