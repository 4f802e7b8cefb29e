# dns-txt: records are known by name; a value is needed to add, not to delete
"net-update default add dns-txt \"<txt name='example' value='example value'/>\";
 net-update default add-first dns-txt \"<txt name='first' value='1'/>\";
 net-update default add dns-txt \"<txt name='example' value='other'/>\";
 net-update default add dns-txt \"<txt name='novalue'/>\";
 net-update default add dns-txt \"<txt name='bad name' value='x'/>\";
 net-update default modify dns-txt \"<txt name='example' value='x'/>\";
 net-update default delete dns-txt \"<txt name='example'/>\";
 net-update default delete dns-txt \"<txt name='example'/>\";
 net-dumpxml default"
