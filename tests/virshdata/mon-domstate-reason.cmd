domstate test --reason
