'event --event lifecycle --all; event --list --all; event --list --event lifecycle; event --list --all --event lifecycle'
