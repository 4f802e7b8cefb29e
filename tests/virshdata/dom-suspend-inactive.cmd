'destroy test; suspend test; resume test'
