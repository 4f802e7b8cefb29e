#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# test-summary.sh DIR: count the results in automake's test logs (*.trs)
# below DIR and print one line "N passed, N failed".
dir=${1:-.}
find "$dir" -name '*.trs' -exec cat {} + 2>/dev/null | awk '
    /^:test-result: (PASS|XFAIL)/ { pass++ }
    /^:test-result: (FAIL|XPASS|ERROR)/ { fail++ }
    /^:test-result: SKIP/ { skip++ }
    END { printf "%d passed, %d failed", pass, fail
          if (skip) printf ", %d skipped", skip
          printf "\n" }'
