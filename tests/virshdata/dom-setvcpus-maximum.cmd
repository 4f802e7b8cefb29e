'setvcpus test 3 --maximum; setvcpus test 3 --maximum --live; setvcpus test 3 --maximum --config; vcpucount test; setvcpus test 3 --maximum --config --live'
