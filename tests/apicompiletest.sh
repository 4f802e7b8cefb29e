#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# apicompiletest.sh: programs written for libvirt compile unchanged against
# include/, in C and C++, link against our libvirt.so.0 and run.
. "$abs_top_srcdir/tests/tap.sh"
inc="$abs_top_srcdir/include"
libdir="$abs_top_builddir/core/.libs"
src="$abs_top_srcdir/examples/list-domains.c"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc=${CC:-cc}
san=
[ "$WITH_SANITIZERS" = yes ] && san="-fsanitize=address,undefined"

for std in gnu89 c99 c11 gnu17; do
    if $cc -std=$std -Wall -Wextra -Werror -I"$inc" -c "$src" -o "$tmp/o.o" 2>"$tmp/err"; then
        tap_ok "examples/list-domains.c compiles as -std=$std -Wall -Wextra -Werror"
    else
        tap_fail "examples/list-domains.c compiles as -std=$std"; tap_diag < "$tmp/err"
    fi
done

for h in libvirt.h virterror.h; do
    printf '#include <libvirt/%s>\nint main(void) { return 0; }\n' "$h" > "$tmp/one.c"
    tap_check "<libvirt/$h> compiles on its own" $cc -Wall -Werror -I"$inc" -c "$tmp/one.c" -o "$tmp/one.o"
done
printf '#include <libvirt/libvirt-domain.h>\n' > "$tmp/direct.c"
if $cc -I"$inc" -c "$tmp/direct.c" -o "$tmp/direct.o" 2>"$tmp/err"; then
    tap_fail "including libvirt-domain.h directly is refused"
else
    tap_check "including libvirt-domain.h directly is refused with a hint" grep -q 'include <libvirt/libvirt.h>' "$tmp/err"
fi

if command -v g++ >/dev/null; then
    tap_check "the headers compile as C++" g++ -x c++ -Wall -Werror -I"$inc" -c "$src" -o "$tmp/cxx.o"
else
    tap_skip "no C++ compiler"
fi

if $cc $san -I"$inc" "$src" -L"$libdir" -lvirt -o "$tmp/list-domains" 2>"$tmp/err"; then
    tap_ok "links against our libvirt.so.0"
    LD_LIBRARY_PATH="$libdir" "$tmp/list-domains" nosuch:///x > "$tmp/out" 2> "$tmp/stderr"
    status=$?
    tap_check "runs: prints the API level" grep -qx 'libvirt API 9.0.0' "$tmp/out"
    tap_check "runs: a missing driver is an error, exit 1 (got $status)" test $status -eq 1
    tap_check "runs: the error is libvirt's" grep -q '^error: no connection driver available for nosuch:///x: ' "$tmp/stderr"
    [ $status -eq 1 ] || tap_diag < "$tmp/stderr"
else
    tap_fail "links against our libvirt.so.0"; tap_diag < "$tmp/err"
fi
tap_done
