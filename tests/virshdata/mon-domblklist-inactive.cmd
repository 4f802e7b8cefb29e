domblklist --inactive --domain test --details
