'destroy test --remove-logs; destroy test --graceful --remove-logs; destroy test --graceful'
