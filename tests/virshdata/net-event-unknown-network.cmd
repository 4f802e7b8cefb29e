net-event --event lifecycle --network nosuch --timeout 1
