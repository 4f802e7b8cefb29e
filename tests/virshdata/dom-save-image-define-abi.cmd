# Deliberately different from libvirt 9.0 (docs/compatibility.md): our test driver's
# virDomainSaveImageDefineXML runs the ABI stability check, so an edit that
# changes the vCPU count is refused; libvirt's accepts it.
'save test @TMP@/test.img; save-image-define @TMP@/test.img @DATA@/dom-image-vcpus.xml; save-image-dumpxml @TMP@/test.img --xpath //vcpu'
