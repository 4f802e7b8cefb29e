net-dumpxml default --xpath 'string(//bridge/@name)'
