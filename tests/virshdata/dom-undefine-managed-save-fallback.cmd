'managedsave test; undefine test --managed-save --keep-nvram; managedsave-remove test'
