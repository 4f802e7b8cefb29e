# SPDX-License-Identifier: LGPL-2.1-or-later
# tap.sh: sourced by the shell tests; prints TAP for automake's driver.
tap_n=0
tap_failed=0
tap_ok() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"; }
tap_fail() { tap_n=$((tap_n + 1)); tap_failed=1; echo "not ok $tap_n - $1"; }
tap_skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"; }
tap_check() { # tap_check DESCRIPTION COMMAND...
    desc=$1; shift
    if "$@"; then tap_ok "$desc"; else tap_fail "$desc"; fi
}
tap_done() { echo "1..$tap_n"; exit $tap_failed; }
tap_diag() { sed 's/^/# /'; }
