'pool-event --event refresh --timeout 0; pool-event --event lifecycle --timeout x; pool-event --event refresh --pool nosuch --timeout 0'
