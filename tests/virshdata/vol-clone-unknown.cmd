vol-clone nosuch x
