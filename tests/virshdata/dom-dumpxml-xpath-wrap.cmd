'dumpxml test --xpath //target --wrap; dumpxml test --xpath "//@dev" --wrap; dumpxml test --xpath //nothing --wrap; dumpxml test --xpath "//name/text()" --wrap; dumpxml test --wrap'
