"pool-define-as 'p<&' dir --target \"/a'<&>\" --source-host \"h'&\" --print-xml"
