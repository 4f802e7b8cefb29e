dumpxml
