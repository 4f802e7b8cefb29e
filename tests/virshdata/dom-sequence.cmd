'define @DATA@/dom-demo.xml; start demo; list --all; suspend demo; resume demo; reboot demo; reset demo; destroy demo; undefine demo; list --all'
