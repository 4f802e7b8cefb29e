# DIFFERENT: ours.  plugin-info without a name: the plugin serving the
# connection, as "virt-plugin inspect test" shows it.
plugin-info
