# one command given as words: ';' and quotes are plain text
echo --shell 'a;b' '"c"' "d'e" ''
