#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# regenerate.sh: rebuild expected outputs from the oracle, libvirt 9.0's
# test driver, as described in README.  Needs Debian's libvirt-clients
# (virsh 9.0).  Arguments: case names (NAME, for NAME.xml); each gets
# NAME.expect.xml when libvirt defines it, NAME.err when libvirt refuses it.
# NAME.flags ("secure", "migratable") adds dumpxml options; cases with a
# NAME.deviation are skipped (libvirt gives no sane answer for them).
# Review the diff afterwards: the outputs are the specification.
set -eu
cd "$(dirname "$0")"
URI=test:///default

for name in "$@"; do
    in=$name.xml
    [ -f "$in" ] || { echo "no such case: $in" >&2; exit 1; }
    # libvirt runs out of memory or time on these, or answers what it cannot
    # read back: NAME.err is vireo's verdict (README, "Where vireo differs")
    if [ -f "$name.deviation" ]; then
        echo "$name: vireo's own verdict ($name.deviation), not regenerated" >&2
        continue
    fi
    dname=$(sed -n 's:.*<name>\(.*\)</name>.*:\1:p' "$in" | head -n 1 |
            sed -e "s/&lt;/</g" -e "s/&gt;/>/g" -e "s/&apos;/'/g" -e 's/&quot;/"/g' \
                -e 's/&amp;/\&/g')
    opts=
    if [ -f "$name.flags" ]; then
        # shellcheck disable=SC2013
        for f in $(cat "$name.flags"); do
            case $f in
            secure) opts="$opts --security-info" ;;
            migratable) opts="$opts --migratable" ;;
            *) echo "$name.flags: unknown flag $f" >&2; exit 1 ;;
            esac
        done
    fi
    qname=$(printf '%s' "$dname" | sed "s/'/'\\\\''/g")
    out=$(mktemp) err=$(mktemp)
    # the test driver's state lives only in one virsh process: define alone
    # first to catch the error, then define and dump in one process
    if ! LC_ALL=C virsh -q -c "$URI" define "$in" >"$out" 2>"$err"; then
        # "error: Failed to define domain from FILE\nerror: MESSAGE": keep MESSAGE
        if ! head -n 1 "$err" | grep -q '^error: Failed to define domain from '; then
            echo "$name: unexpected virsh failure:" >&2
            cat "$err" >&2
            exit 1
        fi
        tail -n +2 "$err" | sed '1s/^error: //' > "$name.err.tmp"
        printf '%s\n' "$(cat "$name.err.tmp")" > "$name.err"
        rm -f "$name.err.tmp" "$name.expect.xml"
        case $name in err-*) ;; *) echo "warning: $name was refused" >&2 ;; esac
    else
        LC_ALL=C virsh -q -c "$URI" "define '$in'; dumpxml --inactive $opts -- '$qname'" >"$out"
        # virsh adds a blank line; libvirt's XML ends with one newline
        printf '%s\n' "$(cat "$out")" > "$name.expect.xml"
        rm -f "$name.err"
        case $name in err-*) echo "warning: $name was accepted" >&2 ;; esac
    fi
    rm -f "$out" "$err"
done
