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
    tap_check "virsh $name" cmp -s "$data/$name.expect" "$out"
    rm -f "$out"
done
tap_done
