#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# testdriverdomaintest.sh: the test hypervisor's domains, call by call,
# against what libvirt 9.0's test driver answers.
#
# testdriverdata/domain-lifecycle.py drives test:///default through Debian's
# python3-libvirt (the public API, loaded from our libvirt.so.0): lookups,
# the life cycle, save/restore, managed save, memory and vCPUs, metadata,
# state sharing and reset, XML.  domain-lifecycle.expect is its output with
# Debian's libvirt 9.0, except one line where we differ on purpose:
# virDomainSaveImageDefineXML refuses an edit that changes the guest ABI
# (libvirt's test driver does not check; see docs/compatibility.md).
. "$abs_top_srcdir/tests/tap.sh"
py=${SYSTEM_PYTHON3:-/usr/bin/python3}
data="$abs_top_srcdir/tests/testdriverdata"

if [ "$WITH_SANITIZERS" = yes ]; then
    tap_skip "python3 is not built with ASan"; tap_done
fi
if [ ! -x "$py" ] || ! "$py" -c 'import libvirt' 2>/dev/null; then
    tap_skip "python3-libvirt is not installed"; tap_done
fi

out=$(mktemp)
trap 'rm -f "$out" /tmp/vireo-test-x.save /tmp/vireo-test-save.img' EXIT
LD_LIBRARY_PATH="$abs_top_builddir/core/.libs" "$py" "$data/domain-lifecycle.py" \
    >"$out" 2>/dev/null
diff -u "$data/domain-lifecycle.expect" "$out" | tap_diag
tap_check "domain calls answer as libvirt 9.0's test driver ($(wc -l <"$data/domain-lifecycle.expect") lines)" \
    cmp -s "$data/domain-lifecycle.expect" "$out"
tap_done
