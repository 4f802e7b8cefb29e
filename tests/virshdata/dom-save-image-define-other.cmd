# Deliberately different from libvirt 9.0 (docs/compatibility.md): our test driver's
# virDomainSaveImageDefineXML runs the ABI stability check, so an edit that
# replaces the guest (another name and UUID) is refused; libvirt's accepts it.
'save test @TMP@/test.img; save-image-define @TMP@/test.img @DATA@/dom-demo.xml; save-image-dumpxml @TMP@/test.img --xpath //name'
