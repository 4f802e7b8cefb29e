# DIFFERENT: -h lists only the commands this virsh implements (see virsh-help).
-h
