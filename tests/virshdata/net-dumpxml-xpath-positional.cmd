net-dumpxml default /network/name
