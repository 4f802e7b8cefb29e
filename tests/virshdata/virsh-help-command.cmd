# help COMMAND: NAME, SYNOPSIS, DESCRIPTION, OPTIONS
'help echo; help --command connect; help help; help quit; help complete'
