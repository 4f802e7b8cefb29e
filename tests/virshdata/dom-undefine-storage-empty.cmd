'undefine test --storage ""'
