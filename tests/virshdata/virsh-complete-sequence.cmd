# only the last command of a line is completed
complete -- echo a ';' pw
