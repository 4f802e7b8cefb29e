'event; event --timeout 1; event --timeout abc; event --loop'
