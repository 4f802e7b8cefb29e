'help domid; help domname; help domuuid'
