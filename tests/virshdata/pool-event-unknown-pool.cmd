pool-event --event refresh --pool nosuch --timeout 1
