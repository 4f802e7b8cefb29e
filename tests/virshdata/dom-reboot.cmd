'reboot test; reboot test --mode acpi; reboot test --mode agent,acpi,initctl,signal,paravirt; destroy test; reboot test'
