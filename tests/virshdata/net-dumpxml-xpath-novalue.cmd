net-dumpxml default --xpath
