net-event --event lifecycle --timeout 1
