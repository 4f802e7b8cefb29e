'destroy test; vcpucount test; vcpucount test --live; vcpucount test --maximum; vcpucount test --current; vcpucount test --active --live'
