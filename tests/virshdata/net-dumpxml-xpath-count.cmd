net-dumpxml default --xpath 'count(//ip)'
