#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# pluginsymbolstest.sh: every plugin module built here exports exactly
# virPluginQuery_v1, binds its symbols at load time, and imports nothing
# from the core but the public API (versioned LIBVIRT_x.y.z symbols of
# libvirt.so.0, and vireo's VIREO_x.y.z extensions of libvirt-vireo.h).
# The test fixtures are not plugins and are not checked.
. "$abs_top_srcdir/tests/tap.sh"
LC_ALL=C; export LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

api="$abs_top_builddir/core/libvirt-api.list"

# the modules: in-tree plugins, and the out-of-tree example if it is built
for so in "$abs_top_builddir"/plugins/.libs/*.so; do
    [ -f "$so" ] && [ ! -L "$so" ] && echo "$so"
done > "$tmp/modules"
if [ -d "$abs_top_builddir/examples/plugin-hello" ]; then
    find "$abs_top_builddir/examples/plugin-hello" -name '*.so' -type f | sort >> "$tmp/modules"
fi

count=$(wc -l < "$tmp/modules")
tap_check "plugin modules are built ($count found under plugins/.libs)" test "$count" -gt 0
tap_check "the public API list is built" test -f "$api"

while read -r so; do
    name=${so#"$abs_top_builddir"/}

    # exactly one defined dynamic symbol: the entry point
    nm -D --defined-only "$so" | awk '{print $NF}' | sort > "$tmp/exports"
    if [ "$(cat "$tmp/exports")" = virPluginQuery_v1 ]; then
        tap_ok "$name exports exactly virPluginQuery_v1"
    else
        tap_fail "$name exports exactly virPluginQuery_v1"
        tap_diag < "$tmp/exports"
    fi

    # -z now: an unresolved symbol fails dlopen(), not the first call
    if readelf -d "$so" | grep -Eq '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*[[:space:]]NOW'; then
        tap_ok "$name binds its symbols at load time (-z now)"
    else
        tap_fail "$name binds its symbols at load time (-z now)"
        readelf -d "$so" | grep FLAGS | tap_diag
    fi

    # undefined vir* symbols: "name version" where version is in parentheses
    objdump -T "$so" | awk '$0 ~ /\*UND\*/ && $NF ~ /^vir/ {
            v = $(NF-1); gsub(/[()]/, "", v); print $NF, v }' | sort > "$tmp/imports"
    awk '$2 !~ /^(LIBVIRT|VIREO)_[0-9]+\.[0-9]+\.[0-9]+$/' "$tmp/imports" > "$tmp/private"
    if [ -s "$tmp/private" ]; then
        tap_fail "$name imports no private core symbol"
        tap_diag < "$tmp/private"
    else
        tap_ok "$name imports no private core symbol ($(wc -l < "$tmp/imports") public API calls)"
    fi

    # and each public one is bound to the node libvirt gives it
    if [ -f "$api" ]; then
        awk '{print $1, $2}' "$api" | sort > "$tmp/api"
        comm -23 "$tmp/imports" "$tmp/api" > "$tmp/unknown"
        if [ -s "$tmp/unknown" ]; then
            tap_fail "$name imports public symbols from their LIBVIRT_x.y.z (or VIREO_x.y.z) nodes"
            tap_diag < "$tmp/unknown"
        else
            tap_ok "$name imports public symbols from their LIBVIRT_x.y.z (or VIREO_x.y.z) nodes"
        fi
    fi
done < "$tmp/modules"
tap_done
