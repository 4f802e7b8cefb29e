# DIFFERENT: the whole help lists only the commands this virsh implements
# (libvirt 9.0 has more groups and commands); the layout is libvirt's.
# Regenerate with ours when a command group changes.
help
