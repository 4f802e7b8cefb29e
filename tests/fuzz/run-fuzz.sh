#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# run-fuzz.sh: build fuzz-domain-xml with clang's libFuzzer and run it
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS]      (default 600, 0: build only)
#
# Needs a configured tree (./configure has run; the core need not be built)
# and clang with its fuzzer runtime (Debian: clang-14 libclang-rt-14-dev).
# The core's sources, flags and libraries are read from core/Makefile, so
# the build follows core/Makefile.am; the domain parser's files
# (core/conf/virdomain*.c) are added if core/Makefile.am does not list them
# yet.  Exits 77 (skipped) while there is no domain parser.
#
# Environment: CC (clang-14), FUZZ_BUILD_DIR (tests/fuzz/build),
# FUZZ_JOBS (parallel fuzzing processes, default 1), FUZZ_SCHEMA=1 (also
# check every output against docs/schemas/domain.rng), FUZZ_ARGS (more
# libFuzzer options).  Crashes are written to $FUZZ_BUILD_DIR/crash-*;
# new inputs to $FUZZ_BUILD_DIR/corpus (the seed corpus is left alone).
# flags and file lists are split into words on purpose
# shellcheck disable=SC2016,SC2086
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
seconds=${1:-600}
cc=${CC:-clang-14}
out=${FUZZ_BUILD_DIR:-$here/build}
jobs=${FUZZ_JOBS:-1}

if ! grep -qs '^virDomainDefParseString' "$top/core/conf/virdomaindef.c"; then
    echo "run-fuzz.sh: no domain parser (core/conf/virdomaindef.c) yet: skipped"
    exit 77
fi
if [ ! -f "$top/config.h" ] || [ ! -f "$top/core/Makefile" ]; then
    echo "run-fuzz.sh: configure the tree first (./autogen.sh && ./configure)" >&2
    exit 1
fi
if ! command -v "$cc" >/dev/null; then
    echo "run-fuzz.sh: $cc not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 1
fi

# what core/Makefile compiles libvirt_core.la from, and how
vars=$(printf '%s\n' \
    'fuzzvars:' \
    '	@echo "DEFS=$(DEFS)"' \
    '	@echo "CPPFLAGS=$(AM_CPPFLAGS) $(CPPFLAGS)"' \
    '	@echo "CFLAGS=$(GLIB_CFLAGS) $(LIBXML_CFLAGS)"' \
    '	@echo "SOURCES=$(libvirt_core_la_SOURCES) $(nodist_libvirt_core_la_SOURCES)"' \
    '	@echo "LIBS=$(GLIB_LIBS) $(LIBXML_LIBS) $(LTDL_LIBS) $(LIBS)"' |
    make -s --no-print-directory -C "$top/core" -f Makefile -f - fuzzvars)
get() { printf '%s\n' "$vars" | sed -n "s/^$1=//p"; }
defs=$(get DEFS)
cppflags=$(get CPPFLAGS)
cflags=$(get CFLAGS)
libs=$(get LIBS)
sources=
for s in $(get SOURCES); do
    case $s in *.c) sources="$sources $s" ;; esac
done
for s in "$top"/core/conf/virdomain*.c; do
    s=conf/${s##*/}
    case " $sources " in *" $s "*) ;; *) sources="$sources $s" ;; esac
done

san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
mkdir -p "$out/obj" "$out/corpus"

# generated sources (the API dispatch code, the SDK's driver tables) first
make -s --no-print-directory -C "$top/include" >/dev/null || exit 1
make -s --no-print-directory -C "$top/core" api/virapidispatch.c >/dev/null || exit 1
echo "run-fuzz.sh: compiling the core with $cc into $out"
objs=
for s in $sources; do
    o=$out/obj/$(printf '%s' "${s%.c}" | tr / _).o
    # from core/, as core/Makefile does: its -I paths are relative
    (cd "$top/core" && $cc -c -g -O1 -fsanitize=fuzzer-no-link $san \
        $defs -I"$top" $cppflags $cflags -w "$s" -o "$o")
    objs="$objs $o"
done
$cc -c -g -O1 -fsanitize=fuzzer-no-link $san $defs -I"$top" \
    -I"$top/include" -I"$top/core/util" -I"$top/core/conf" -I"$top/core/api" \
    $cflags -Wall -Wextra -Wno-unused-parameter \
    "$here/fuzz-domain-xml.c" -o "$out/obj/fuzz-domain-xml.o"
$cc -fsanitize=fuzzer $san "$out/obj/fuzz-domain-xml.o" $objs $libs \
    -o "$out/fuzz-domain-xml"
echo "run-fuzz.sh: built $out/fuzz-domain-xml"

[ "$seconds" -gt 0 ] || exit 0

if [ "${FUZZ_SCHEMA:-0}" = 1 ]; then
    FUZZ_DOMAIN_RNG=$top/docs/schemas/domain.rng
    export FUZZ_DOMAIN_RNG
fi
echo "run-fuzz.sh: fuzzing for $seconds s with $jobs process(es)"
fork=
[ "$jobs" -le 1 ] || fork="-fork=$jobs"
# new inputs go to the first folder; the seeds are only read
exec "$out/fuzz-domain-xml" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$here/domain-xml.dict" -artifact_prefix="$out/" \
    -print_final_stats=1 -error_exitcode=1 $fork ${FUZZ_ARGS:-} \
    "$out/corpus" "$here/corpus-domain"
