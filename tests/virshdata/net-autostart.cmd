'net-autostart default; net-info default; net-list --autostart; net-autostart default --disable; net-info default'
