domblklist nosuch
