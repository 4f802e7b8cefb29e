'destroy test; setvcpus test 1; setvcpus test 1 --live; setvcpus test 1 --current; vcpucount test; setvcpus test 4 --maximum --config; vcpucount test'
