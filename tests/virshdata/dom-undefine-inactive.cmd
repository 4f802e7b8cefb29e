'destroy test; undefine test; undefine test'
