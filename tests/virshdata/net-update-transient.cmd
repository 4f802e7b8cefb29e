# a transient network has no persistent config; a stopped one no live state
"net-create @DATA@/net-update-dual.xml;
 net-update dual add dns-txt \"<txt name='a' value='1'/>\" --config;
 net-update dual add dns-txt \"<txt name='a' value='1'/>\" --live --config;
 net-update dual add dns-txt \"<txt name='a' value='1'/>\";
 net-dumpxml dual;
 net-define @DATA@/net-update-bridge.xml;
 net-update netbr add dns-txt \"<txt name='a' value='1'/>\" --live;
 net-update netbr add dns-txt \"<txt name='a' value='1'/>\" --live --config;
 net-update netbr add dns-txt \"<txt name='a' value='1'/>\" --config;
 net-dumpxml netbr"
