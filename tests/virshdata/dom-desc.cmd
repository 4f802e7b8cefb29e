'desc test; desc test --title; desc test hello world; desc test; desc test --title; desc test --config; desc test --live'
