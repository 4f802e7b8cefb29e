'autostart test; domstate test; autostart test --disable; domstate test; autostart nosuch'
