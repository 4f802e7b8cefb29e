'managedsave test; undefine test; undefine test --keep-nvram; undefine test --managed-save'
