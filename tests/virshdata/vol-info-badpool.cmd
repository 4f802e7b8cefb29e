vol-info v1 --pool nosuch
