start nosuch
