'shutdown test --mode bogus; shutdown test --mode acpi,,agent; shutdown nosuch --mode bogus'
