'dumpxml test --xpath //disk/target; dumpxml test --xpath "//target/@dev"; dumpxml test --xpath "//name/text()"; dumpxml test --xpath //os'
