list extra
