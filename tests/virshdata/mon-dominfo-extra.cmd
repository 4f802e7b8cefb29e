dominfo test extra
