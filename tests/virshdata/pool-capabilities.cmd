pool-capabilities
