# Deliberately different: in the C locale libvirt 9.0's table prints every byte
# of non-ASCII text as a literal \xff (whatever the byte) and sizes columns for
# that; ours prints the UTF-8 text as given, with columns sized by display width.
# libvirt's tables escape what the C locale cannot print; the names themselves print raw
'define @DATA@/mon-utf8.xml; list --all --title; list --all --name; domstate démo-ü --reason'
