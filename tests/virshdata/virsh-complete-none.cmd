complete -- dominfo test ''
