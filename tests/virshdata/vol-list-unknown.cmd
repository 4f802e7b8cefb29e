vol-list nosuch
