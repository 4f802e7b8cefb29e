pool-dumpxml default-pool --xpath 'string(//path)'
