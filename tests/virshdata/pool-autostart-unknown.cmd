pool-autostart nosuch
