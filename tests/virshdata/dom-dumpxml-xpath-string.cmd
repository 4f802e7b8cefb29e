dumpxml test --xpath 'string(//name)'
