'vcpucount test --guest; vcpucount test --guest --maximum; vcpucount test --guest --live; destroy test; vcpucount test --guest'
