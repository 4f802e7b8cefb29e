undefine nosuch
