'help events'
