'define @DATA@/dom-demo.xml; vcpucount demo; start demo; vcpucount demo; setvcpus demo 2; vcpucount demo --live --active; vcpucount demo'
