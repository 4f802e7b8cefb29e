# an unfinished single quote runs to the end
"echo 'abc"
