# help GROUPKEYWORD: the shell's own group
help virsh
