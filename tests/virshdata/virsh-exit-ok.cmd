# the status is the last command's
'dominfo nope; echo a'
