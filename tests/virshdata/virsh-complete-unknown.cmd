# an unknown first word: the last word as a command name
complete -- nosuch ec
