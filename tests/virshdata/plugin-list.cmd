# DIFFERENT: ours (libvirt has no plugin commands).  plugin-list: the
# plugins this process loaded, here the one serving test:///default.
plugin-list
