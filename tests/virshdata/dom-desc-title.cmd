'desc test --title My title; desc test --title; desc test --new-desc "a b" c; desc test'
