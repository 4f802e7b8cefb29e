domstate test --reasons
