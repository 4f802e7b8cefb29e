# a bad global option: exit 1 before anything runs
-e xx echo a
