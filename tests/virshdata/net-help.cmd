'help net-list; help net-dumpxml; help net-update'
