'shutdown test --mode acpi; shutdown test --mode initctl; shutdown test --mode signal,paravirt; shutdown test --mode agent,acpi'
