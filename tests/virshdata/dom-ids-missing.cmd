domid
