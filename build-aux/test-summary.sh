#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# test-summary.sh DIR: count the results in automake's test logs (*.trs)
# below DIR and print one line "N passed, N failed" (then skipped tests and
# known gaps -- TAP TODO, automake's XFAIL -- when there are any).
dir=${1:-.}
find "$dir" -name '*.trs' -exec cat {} + 2>/dev/null | awk '
    /^:test-result: PASS/ { pass++ }
    /^:test-result: XFAIL/ { xfail++ }
    /^:test-result: (FAIL|XPASS|ERROR)/ { fail++ }
    /^:test-result: SKIP/ { skip++ }
    END { printf "%d passed, %d failed", pass, fail
          if (skip) printf ", %d skipped", skip
          if (xfail) printf ", %d known gaps (XFAIL)", xfail
          printf "\n" }'
