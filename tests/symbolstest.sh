#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# symbolstest.sh: libvirt.so.0 exports exactly the public API, each symbol in
# the version node libvirt gives it, and nothing else.
. "$abs_top_srcdir/tests/tap.sh"
lib="$abs_top_builddir/core/.libs/libvirt.so.0"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tap_check "libvirt.so.0 is built" test -f "$lib"

soname=$(objdump -p "$lib" | awk '$1 == "SONAME" {print $2}')
tap_check "SONAME is libvirt.so.0 (got $soname)" test "$soname" = libvirt.so.0

# defined dynamic symbols, "name node"
objdump -T "$lib" | awk 'NF > 2 && $2 ~ /g/ && $4 != "*UND*" && $NF !~ /^LIBVIRT_/ {print $NF, $(NF-1)}' |
    sort > "$tmp/actual"
awk '{print $1, $2}' "$abs_top_builddir/core/libvirt-api.list" | sort > "$tmp/expected"
if cmp -s "$tmp/actual" "$tmp/expected"; then
    tap_ok "exports = libvirt-api.def: $(wc -l < "$tmp/expected") symbols with their nodes"
else
    tap_fail "exports = libvirt-api.def"
    diff "$tmp/expected" "$tmp/actual" | head -20 | tap_diag
fi
tap_check "517 public symbols (516 functions + virConnectAuthPtrDefault)" \
    test "$(wc -l < "$tmp/actual")" -eq 517

# every node inherits the previous one, as in libvirt
objdump -p "$lib" | sed -n '/Version definitions/,/Version References/p' |
    awk '/^[0-9]/ {node=$4} /^\t/ {print node, $1}' > "$tmp/chain"
tap_check "version nodes chained LIBVIRT_0.0.5 -> LIBVIRT_0.0.3" grep -qx 'LIBVIRT_0.0.5 LIBVIRT_0.0.3' "$tmp/chain"
tap_check "version nodes chained LIBVIRT_9.0.0 -> LIBVIRT_8.5.0" grep -qx 'LIBVIRT_9.0.0 LIBVIRT_8.5.0' "$tmp/chain"

# nothing private leaks out
leaks=$(objdump -T "$lib" | awk '$4 != "*UND*" && $NF !~ /^vir/ && $NF !~ /^LIBVIRT_/ && $2 ~ /g/' | wc -l)
tap_check "no non-public defined symbols exported ($leaks)" test "$leaks" -eq 0

# and, where Debian's libvirt is installed, the same set as libvirt 9.0 itself
sys=$(ls /usr/lib/*/libvirt.so.0 2>/dev/null | head -1)
if [ -n "$sys" ] && objdump -T "$sys" | grep -q 'LIBVIRT_9.0.0'; then
    objdump -T "$sys" | awk 'NF > 2 && $4 != "*UND*" && $(NF-1) ~ /^LIBVIRT_[0-9]/ && $NF !~ /^LIBVIRT_/ {print $NF, $(NF-1)}' |
        sort > "$tmp/libvirt"
    if cmp -s "$tmp/actual" "$tmp/libvirt"; then
        tap_ok "exports and nodes identical to $sys"
    else
        tap_fail "exports and nodes identical to $sys"
        diff "$tmp/libvirt" "$tmp/actual" | head -20 | tap_diag
    fi
else
    tap_skip "Debian's libvirt 9.0 is not installed"
fi
tap_done
