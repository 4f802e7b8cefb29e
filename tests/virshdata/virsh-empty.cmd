# an empty command string fails, a blank one does not
''
