connect a b
