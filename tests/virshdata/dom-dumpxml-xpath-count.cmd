dumpxml test --xpath 'count(//disk)'
