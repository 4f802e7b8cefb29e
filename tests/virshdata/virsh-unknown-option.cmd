echo --nosuch
