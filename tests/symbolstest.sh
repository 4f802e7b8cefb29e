#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# symbolstest.sh: libvirt.so.0 exports exactly the public API, each symbol in
# the version node libvirt gives it, plus vireo's own additions
# (libvirt-vireo.h) in their VIREO_x.y.z nodes, and nothing else.
. "$abs_top_srcdir/tests/tap.sh"
lib="$abs_top_builddir/core/.libs/libvirt.so.0"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tap_check "libvirt.so.0 is built" test -f "$lib"

soname=$(objdump -p "$lib" | awk '$1 == "SONAME" {print $2}')
tap_check "SONAME is libvirt.so.0 (got $soname)" test "$soname" = libvirt.so.0

# defined dynamic symbols, "name node" (not the nodes' own marker symbols)
objdump -T "$lib" | awk 'NF > 2 && $2 ~ /g/ && $4 != "*UND*" && $NF !~ /^(LIBVIRT|VIREO)_/ {print $NF, $(NF-1)}' |
    sort > "$tmp/all"
awk '{print $1, $2}' "$abs_top_builddir/core/libvirt-api.list" | sort > "$tmp/expected"
if cmp -s "$tmp/all" "$tmp/expected"; then
    tap_ok "exports = libvirt-api.def + extensions: $(wc -l < "$tmp/expected") symbols with their nodes"
else
    tap_fail "exports = libvirt-api.def + extensions"
    diff "$tmp/expected" "$tmp/all" | head -20 | tap_diag
fi

# libvirt's API in libvirt's nodes; apart from it, only vireo-prefixed
# functions in VIREO_x.y.z nodes, and no other node at all
awk '$2 ~ /^LIBVIRT_[0-9]+\.[0-9]+\.[0-9]+$/' "$tmp/all" > "$tmp/actual"
awk '$2 !~ /^LIBVIRT_[0-9]+\.[0-9]+\.[0-9]+$/' "$tmp/all" > "$tmp/extensions"
tap_check "517 public symbols (516 functions + virConnectAuthPtrDefault)" \
    test "$(wc -l < "$tmp/actual")" -eq 517
awk '$1 !~ /^vireo[A-Z]/ || $2 !~ /^VIREO_[0-9]+\.[0-9]+\.[0-9]+$/' "$tmp/extensions" > "$tmp/stray"
if [ -s "$tmp/stray" ]; then
    tap_fail "apart from libvirt's API, only vireo* symbols in VIREO_x.y.z nodes"
    tap_diag < "$tmp/stray"
else
    tap_ok "apart from libvirt's API, only vireo* symbols in VIREO_x.y.z nodes ($(wc -l < "$tmp/extensions"))"
fi
tap_check "the extension vireoPluginReport is in VIREO_0.1.0" \
    grep -qx 'vireoPluginReport VIREO_0.1.0' "$tmp/extensions"
objdump -p "$lib" | sed -n '/Version definitions/,/Version References/p' |
    awk '/^[0-9]/ && $4 != "libvirt.so.0" {print $4}' |
    grep -Ev '^(LIBVIRT|VIREO)_[0-9]+\.[0-9]+\.[0-9]+$' > "$tmp/othernodes"
tap_check "no version node other than LIBVIRT_x.y.z and VIREO_x.y.z" test ! -s "$tmp/othernodes"

# every node inherits the previous one, as in libvirt
objdump -p "$lib" | sed -n '/Version definitions/,/Version References/p' |
    awk '/^[0-9]/ {node=$4} /^\t/ {print node, $1}' > "$tmp/chain"
tap_check "version nodes chained LIBVIRT_0.0.5 -> LIBVIRT_0.0.3" grep -qx 'LIBVIRT_0.0.5 LIBVIRT_0.0.3' "$tmp/chain"
tap_check "version nodes chained LIBVIRT_9.0.0 -> LIBVIRT_8.5.0" grep -qx 'LIBVIRT_9.0.0 LIBVIRT_8.5.0' "$tmp/chain"
# vireo's nodes are a chain of their own: the first inherits no libvirt node
if grep -q '^VIREO_0\.1\.0 ' "$tmp/chain"; then
    tap_fail "VIREO_0.1.0 starts a chain of its own"
    grep '^VIREO_' "$tmp/chain" | tap_diag
else
    tap_ok "VIREO_0.1.0 starts a chain of its own"
fi
tap_check "no LIBVIRT_x.y.z node inherits a VIREO_x.y.z node" \
    test -z "$(awk '$1 ~ /^LIBVIRT_/ && $2 ~ /^VIREO_/' "$tmp/chain")"

# nothing private leaks out
leaks=$(objdump -T "$lib" | awk '$4 != "*UND*" && $NF !~ /^vir/ && $NF !~ /^(LIBVIRT|VIREO)_/ && $2 ~ /g/' | wc -l)
tap_check "no non-public defined symbols exported ($leaks)" test "$leaks" -eq 0

# and, where Debian's libvirt is installed, the same set as libvirt 9.0 itself
sys=$(ls /usr/lib/*/libvirt.so.0 2>/dev/null | head -1)
if [ -n "$sys" ] && objdump -T "$sys" | grep -q 'LIBVIRT_9.0.0'; then
    objdump -T "$sys" | awk 'NF > 2 && $4 != "*UND*" && $(NF-1) ~ /^LIBVIRT_[0-9]/ && $NF !~ /^LIBVIRT_/ {print $NF, $(NF-1)}' |
        sort > "$tmp/libvirt"
    if cmp -s "$tmp/actual" "$tmp/libvirt"; then
        tap_ok "libvirt's exports and nodes identical to $sys"
    else
        tap_fail "libvirt's exports and nodes identical to $sys"
        diff "$tmp/libvirt" "$tmp/actual" | head -20 | tap_diag
    fi
else
    tap_skip "Debian's libvirt 9.0 is not installed"
fi
tap_done
