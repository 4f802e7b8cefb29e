'desc test --config new; desc test --config; desc test --live; desc test; desc test --live --config'
