net-event default --event lifecycle --timeout 1 --loop --timestamp
