# DIFFERENT: ours.  The group and its commands' help.
'help plugin; help plugin-list; help plugin-info'
