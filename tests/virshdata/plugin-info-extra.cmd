# DIFFERENT: ours.  One plugin at a time: the first bare word is the plugin.
plugin-info test none
