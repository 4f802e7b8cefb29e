# CMD --help is help CMD; help ignores options and words it does not know,
# but reports an option given twice
'echo a --help; help pwd --foo extra; help --command cd --command pwd'
