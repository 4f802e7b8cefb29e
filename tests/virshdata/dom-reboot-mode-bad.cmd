'reboot test --mode foo; reboot nosuch --mode foo; reboot test --mode ""'
