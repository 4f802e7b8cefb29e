'destroy test; undefine test --nvram; undefine test --keep-nvram'
