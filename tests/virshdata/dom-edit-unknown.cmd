'edit nosuch; edit test --skip-validate'
