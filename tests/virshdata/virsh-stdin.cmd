# no command: the interactive shell reads standard input (virsh-stdin.stdin)
