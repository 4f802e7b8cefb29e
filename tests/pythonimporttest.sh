#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# pythonimporttest.sh: Debian's python3-libvirt, built against libvirt 9.0,
# loads our libvirt.so.0 with every symbol bound at load time.
. "$abs_top_srcdir/tests/tap.sh"
libdir="$abs_top_builddir/core/.libs"
py=${SYSTEM_PYTHON3:-/usr/bin/python3}

if [ "$WITH_SANITIZERS" = yes ]; then
    tap_skip "python3 is not built with ASan"; tap_done
fi
mod=$(ls /usr/lib/python3/dist-packages/libvirtmod*.so 2>/dev/null | head -1)
if [ ! -x "$py" ] || [ -z "$mod" ]; then
    tap_skip "python3-libvirt is not installed"; tap_done
fi

nimports=$(objdump -T "$mod" | grep -c 'LIBVIRT_[0-9]')
out=$(LD_LIBRARY_PATH="$libdir" LD_BIND_NOW=1 "$py" - 2>&1 <<'PYEOF'
import libvirt
maps = open('/proc/self/maps').read()
lib = [l.split()[-1] for l in maps.splitlines() if 'libvirt.so.0' in l][0]
print('loaded', lib)
print('version', libvirt.getVersion())
libvirt.registerErrorHandler(lambda ctx, err: None, None)
try:
    libvirt.open('nosuch:///system')
    print('open succeeded?!')
except libvirt.libvirtError as e:
    print('error', e.get_error_code(), e.get_error_domain(), e.get_error_message())
PYEOF
)
status=$?
echo "$out" | tap_diag
tap_check "import libvirt with LD_BIND_NOW ($nimports versioned imports)" test $status -eq 0
tap_check "our libvirt.so.0 is the one loaded" sh -c "echo '$out' | grep -q 'loaded $libdir/libvirt.so.0'"
tap_check "getVersion() is 9000000" sh -c "echo '$out' | grep -qx 'version 9000000'"
tap_check "errors reach Python with libvirt's code and message" \
    sh -c "echo '$out' | grep -q '^error 5 0 no connection driver available for nosuch:///system: no installed hypervisor plugin provides'"
tap_done
