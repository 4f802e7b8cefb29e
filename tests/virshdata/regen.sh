#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# regen.sh: write the .expect files from Debian's libvirt 9.0 virsh.
#
#   regen.sh [NAME...]      (re)write those cases, or every case not listed
#                           in DIFFERENT
#   regen.sh --check [NAME...]
#                           compare Debian's virsh and ours (the build tree's
#                           ./run virsh), write nothing
data=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$data/../.." && pwd)
. "$data/virshcase.sh"
oracle=/usr/bin/virsh
check=
if [ "$1" = --check ]; then check=1; shift; fi
if [ $# -eq 0 ]; then
    set -- $(cd "$data" && ls *.cmd | sed 's/\.cmd$//')
fi
status=0
for name in "$@"; do
    if [ -n "$check" ]; then
        a=$(virshcase_run "$oracle" "$data" "$name")
        b=$(LD_LIBRARY_PATH="$top/core/.libs" LIBVIRT_PLUGIN_PATH="$top/plugins" \
            LIBVIRT_SCHEMA_DIR="$top/docs/schemas" \
            virshcase_run "$top/tools/virsh" "$data" "$name")
        if [ "$a" != "$b" ]; then
            echo "== $name differs (libvirt first)"
            printf '%s\n' "$a" >/tmp/regen.$$.a; printf '%s\n' "$b" >/tmp/regen.$$.b
            diff -u /tmp/regen.$$.a /tmp/regen.$$.b; rm -f /tmp/regen.$$.a /tmp/regen.$$.b
            status=1
        fi
    elif grep -qx "$name" "$data/DIFFERENT" 2>/dev/null; then
        echo "regen: $name is ours on purpose, left alone"
    else
        virshcase_run "$oracle" "$data" "$name" >"$data/$name.expect"
    fi
done
exit $status
