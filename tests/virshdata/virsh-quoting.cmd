# the tokenizer: double and single quotes, backslashes, adjacent parts
'echo "a b" c\ d '\''e f'\'' "x"y'\''z'\'' "q\"q" "s\\s" '\''b\s'\'' \#h a#b; echo \"u'
