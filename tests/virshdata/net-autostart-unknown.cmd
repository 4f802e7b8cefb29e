net-autostart nosuch --disable
