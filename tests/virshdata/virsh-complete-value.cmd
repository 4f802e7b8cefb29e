complete -- dominfo --domain ''
