'destroy test; destroy test'
