allocpages x y --cellno z
