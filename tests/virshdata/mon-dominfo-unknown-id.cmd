dominfo 42
