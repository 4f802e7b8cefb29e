connect --name
