'list --state-running; list --state-paused; list --state-shutoff; list --state-other; list --state-running --state-paused --state-other; list --all --state-shutoff'
