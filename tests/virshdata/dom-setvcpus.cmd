'setvcpus test 1; vcpucount test; setvcpus test 1 --config; vcpucount test'
