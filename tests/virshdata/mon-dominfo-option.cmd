dominfo --domain test
