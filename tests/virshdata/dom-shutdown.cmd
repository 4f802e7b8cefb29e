'shutdown test; shutdown test; domstate test'
