'help list; help dominfo; help domstate; help domblklist; help domiflist; help domif-getlink'
