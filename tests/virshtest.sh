#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# virshtest.sh: the golden tests of tests/virshdata (format: its README).
# One TAP line per case: virsh -c test:///default ARGS, its stdout, stderr
# and exit status against NAME.expect.
. "$abs_top_srcdir/tests/tap.sh"
data="$abs_top_srcdir/tests/virshdata"
virsh="$abs_top_builddir/tools/virsh"
. "$data/virshcase.sh"

for cmd in "$data"/*.cmd; do
    name=$(basename "$cmd" .cmd)
    out=$(mktemp)
    virshcase_run "$virsh" "$data" "$name" >"$out"
    diff -u "$data/$name.expect" "$out" | tap_diag
    # a case listed in TODO is a known gap of ours: TAP's TODO directive
    # (automake's XFAIL) until it is closed
    todo=$(awk -v n="$name" '$1 == n { $1 = ""; sub(/^ /, ""); print }' "$data/TODO")
    if [ -n "$todo" ]; then
        if cmp -s "$data/$name.expect" "$out"; then
            tap_ok "virsh $name # TODO $todo"
        else
            tap_n=$((tap_n + 1)); echo "not ok $tap_n - virsh $name # TODO $todo"
        fi
    else
        tap_check "virsh $name" cmp -s "$data/$name.expect" "$out"
    fi
    rm -f "$out"
done
tap_done
