# DIFFERENT: the long version names this implementation, not libvirt's build
# options; the first line is libvirt's.
-V
