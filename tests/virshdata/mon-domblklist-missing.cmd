domblklist --details
