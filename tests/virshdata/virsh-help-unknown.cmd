# an unknown command or group: exit 1
help nosuch
