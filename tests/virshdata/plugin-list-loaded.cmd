# DIFFERENT: ours.  plugin-info loads the plugin it names, so plugin-list
# then shows it next to the one serving the connection.
'plugin-info --plugin none; plugin-list'
