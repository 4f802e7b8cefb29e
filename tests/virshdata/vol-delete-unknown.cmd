vol-delete nosuch
