version --daemon x
