'managedsave test; undefine test --managed-save --nvram'
