'help shutdown; help reboot; help reset; help suspend; help resume; help save; help restore'
