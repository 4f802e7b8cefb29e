pool-event default-pool --event lifecycle --timeout 1 --loop
