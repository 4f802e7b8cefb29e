# DIFFERENT: ours.  An unknown option.
plugin-list --loaded
