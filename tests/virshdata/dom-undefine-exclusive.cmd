'undefine test --nvram --keep-nvram; undefine test --tpm --keep-tpm; undefine nosuch --tpm --keep-tpm --nvram --keep-nvram'
