pool-event --event refresh --timeout 1
