#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# regenerate.sh: rebuild the expected outputs from the oracle, libvirt 9.0's
# test driver (Debian's libvirt-clients: virsh 9.0, and xmllint).
# Arguments: case names (NAME, for NAME.xml), or none for every case.  A
# case gets NAME.expect.xml when libvirt defines it (what iface-dumpxml
# prints), NAME.err when libvirt refuses it (the message, without virsh's
# "error: " prefixes).  Review the diff afterwards: the outputs are the
# specification.
set -eu
cd "$(dirname "$0")"
URI=test:///default

if [ $# -eq 0 ]; then
    set -- $(ls ./*.xml | sed -e 's:^\./::' -e '/\.expect\.xml$/d' -e 's/\.xml$//')
fi

# a word for virsh's command line: every character backslash-escaped
quote() {
    printf '%s' "$1" | sed 's/./\\&/g'
}

for name in "$@"; do
    in=$name.xml
    [ -f "$in" ] || { echo "no such case: $in" >&2; exit 1; }
    out=$(mktemp) err=$(mktemp)
    # the test driver's state lives only in one virsh process: define alone
    # first to catch the error, then define and dump in one process
    if ! LC_ALL=C virsh -q -c "$URI" iface-define "$in" >"$out" 2>"$err"; then
        if ! head -n 1 "$err" | grep -q '^error: Failed to define interface from '; then
            echo "$name: unexpected virsh failure:" >&2
            cat "$err" >&2
            exit 1
        fi
        # "error: Failed to define ...\nerror: MESSAGE...": keep MESSAGE
        tail -n +2 "$err" | sed '1s/^error: //' > "$name.err.tmp"
        printf '%s\n' "$(cat "$name.err.tmp")" > "$name.err"
        rm -f "$name.err.tmp" "$name.expect.xml"
        case $name in err-*) ;; *) echo "warning: $name was refused" >&2 ;; esac
    else
        iname=$(xmllint --xpath 'string(/interface/@name)' "$in")
        LC_ALL=C virsh -q -c "$URI" \
            "iface-define $(quote "$in"); iface-dumpxml -- $(quote "$iname")" >"$out"
        # virsh adds a blank line; libvirt's XML ends with one newline
        printf '%s\n' "$(cat "$out")" > "$name.expect.xml"
        rm -f "$name.err"
        case $name in err-*) echo "warning: $name was accepted" >&2 ;; esac
    fi
    rm -f "$out" "$err"
done
