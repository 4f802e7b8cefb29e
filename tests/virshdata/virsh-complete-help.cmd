# help's argument completes to command names
complete -- help he
