net-dumpxml default --xpath '//['
