'desc test --current --config; desc test --current --live --config --title; desc nosuch; desc nosuch --current --live'
