net-name xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
