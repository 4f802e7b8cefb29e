pool-define-as p iscsi --secret-usage a --secret-uuid b --print-xml
