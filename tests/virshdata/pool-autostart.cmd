'pool-autostart default-pool; pool-info default-pool; pool-list --autostart; pool-autostart default-pool --disable; pool-list --autostart --details'
