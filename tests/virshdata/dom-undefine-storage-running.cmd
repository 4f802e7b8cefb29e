'undefine test --storage vda; undefine test --remove-all-storage; undefine test --storage vda --remove-all-storage'
