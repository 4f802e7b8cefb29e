'pool-define-as Bp dir --target /b; pool-define-as ap dir --target /a; pool-define-as _c dir --target /c; pool-list --all; pool-list --all --name'
