version --daemon
