#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# bench/run.sh: vireo against libvirt 9.0, side by side, in one run
# (what `make bench` runs; docs/performance.md explains the method).
#
# Environment: top_srcdir, top_builddir (default: this tree), CC (cc),
# BENCH_SIZES (default "1000 10000 100000"), BENCH_RUNS (whole-process
# repetitions, default 51).  Prints one table; never fails on a ratio.
set -e
top_srcdir=$(cd "${top_srcdir:-$(dirname "$0")/..}" && pwd)
top_builddir=$(cd "${top_builddir:-$top_srcdir}" && pwd)
CC=${CC:-cc}
sizes=${BENCH_SIZES:-1000 10000 100000}
runs=${BENCH_RUNS:-51}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

ours_env="LD_LIBRARY_PATH=$top_builddir/core/.libs LIBVIRT_PLUGIN_PATH=$top_builddir/plugins"

# ---- build: one source, two libraries ----------------------------------------
$CC -O2 -o "$out/api-vireo" -I"$top_srcdir/include" -I"$top_builddir/include" \
    "$top_srcdir/bench/bench-api.c" -L"$top_builddir/core/.libs" -lvirt
$CC -O2 -o "$out/open-vireo" -I"$top_srcdir/include" -I"$top_builddir/include" \
    "$top_srcdir/bench/bench-open.c" -L"$top_builddir/core/.libs" -lvirt
$CC -O2 -o "$out/exec" "$top_srcdir/bench/bench-exec.c"
have_libvirt=
if pkg-config --exists libvirt 2>/dev/null; then
    $CC -O2 -o "$out/api-libvirt" "$top_srcdir/bench/bench-api.c" \
        $(pkg-config --cflags --libs libvirt)
    have_libvirt=1
fi

lookup() { # lookup FILE PHASE N -> "ops seconds"
    awk -F'\t' -v p="$2" -v n="$3" '$1 == p && $2 == n { print $3, $4 }' "$1"
}

# ---- API phases --------------------------------------------------------------
for n in $sizes; do
    env $ours_env "$out/api-vireo" "$n" >>"$out/vireo.tsv"
    [ -n "$have_libvirt" ] && "$out/api-libvirt" "$n" >>"$out/libvirt.tsv"
done

echo "Public API on test:///default (operations per second; ratio = vireo / libvirt)"
echo
printf '%-14s %8s %14s %14s %8s %8s\n' phase N vireo libvirt ratio target
for phase in define lookup xml list start-destroy undefine; do
    case $phase in
        define|start-destroy) target=5 ;;
        xml|list|undefine) target=2 ;;
        lookup) target=1.5 ;;
    esac
    for n in $sizes; do
        set -- $(lookup "$out/vireo.tsv" $phase $n)
        ours=$(awk -v o="$1" -v s="$2" 'BEGIN { printf "%.0f", o / s }')
        if [ -n "$have_libvirt" ]; then
            set -- $(lookup "$out/libvirt.tsv" $phase $n)
            theirs=$(awk -v o="$1" -v s="$2" 'BEGIN { printf "%.0f", o / s }')
            ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.1fx", a / b }')
        else
            theirs=-; ratio=-
        fi
        printf '%-14s %8s %14s %14s %8s %8s\n' $phase $n $ours $theirs $ratio ">=${target}x"
    done
done
echo
printf '%-14s %8s %14s %14s\n' "peak RSS KiB" N vireo libvirt
for n in $sizes; do
    ours=$(lookup "$out/vireo.tsv" rss $n | cut -d' ' -f2)
    theirs=-
    [ -n "$have_libvirt" ] && theirs=$(lookup "$out/libvirt.tsv" rss $n | cut -d' ' -f2)
    printf '%-14s %8s %14s %14s\n' "" $n $ours $theirs
done

# cost per operation, largest size against smallest (flat: within 1.5x)
first=$(echo $sizes | cut -d' ' -f1)
last=$(echo $sizes | awk '{ print $NF }')
if [ "$first" != "$last" ]; then
    echo
    echo "vireo cost per operation at N=$last against N=$first (target: within 1.5x)"
    for phase in define lookup xml start-destroy undefine; do
        set -- $(lookup "$out/vireo.tsv" $phase $first) $(lookup "$out/vireo.tsv" $phase $last)
        awk -v p=$phase -v o1="$1" -v s1="$2" -v o2="$3" -v s2="$4" \
            'BEGIN { printf "  %-14s %.2fx\n", p, (s2 / o2) / (s1 / o1) }'
    done
fi

# ---- virsh list --all, the whole process ------------------------------------
echo
echo "virsh -c test:///default list --all, median of $runs runs (targets: time <= 0.5x, memory <= 0.6x)"
set -- $(env $ours_env "$out/exec" "$runs" "$top_builddir/tools/.libs/virsh" \
         -c test:///default list --all)
ours_ms=$1 ours_kib=$2
printf '  %-8s %8s ms %8s KiB\n' vireo "$ours_ms" "$ours_kib"
if [ -x /usr/bin/virsh ]; then
    set -- $("$out/exec" "$runs" /usr/bin/virsh -c test:///default list --all)
    printf '  %-8s %8s ms %8s KiB\n' libvirt "$1" "$2"
    awk -v a="$ours_ms" -v b="$1" -v c="$ours_kib" -v d="$2" \
        'BEGIN { printf "  ratio    %8.2fx    %8.2fx\n", a / b, c / d }'
fi

# ---- plugin discovery: 200 manifests against the tree's own ----------------
# The manifests are dated back a minute, as installed files are: the
# manifest cache trusts no file changed within two seconds of its writing.
# Measured with the cache (each run after the first finds it) and without.
mkdir "$out/many" "$out/cache"
i=1
while [ $i -le 200 ]; do
    printf '[Plugin]\nName=fake%03d\nLibrary=libvirt_plugin_fake_%03d\nAbiMajor=1\nKinds=hypervisor\nUriSchemes=fake%03d\nDescription=benchmark filler\n' \
        $i $i $i >"$out/many/hypervisor-fake$i.plugin"
    i=$((i + 1))
done
touch -d '1 minute ago' "$out"/many/*.plugin
median_open() { # median_open PLUGINPATH CACHE(0|1) -> microseconds
    j=0
    : >"$out/open.txt"
    while [ $j -le "$runs" ]; do
        LD_LIBRARY_PATH="$top_builddir/core/.libs" LIBVIRT_PLUGIN_PATH="$1" \
            LIBVIRT_PLUGIN_CACHE="$2" XDG_CACHE_HOME="$out/cache" \
            "$out/open-vireo" test:///default >>"$out/open.txt"
        j=$((j + 1))
    done
    # the first run writes the cache: not counted
    sed 1d "$out/open.txt" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
echo
echo "first virConnectOpen(test:///default) of a process, median of $runs (target: < 2 ms more with 200)"
printf '  %-22s %12s %12s\n' "" "cache" "no cache"
for cache in 1 0; do
    eval one_$cache=$(median_open "$top_builddir/plugins" $cache)
    eval many_$cache=$(median_open "$out/many:$top_builddir/plugins" $cache)
done
printf '  %-22s %9s us %9s us\n' "tree's plugins" "$one_1" "$one_0" "+200 manifests" "$many_1" "$many_0"
awk -v a="$one_1" -v b="$many_1" -v c="$one_0" -v d="$many_0" \
    'BEGIN { printf "  %-22s %9.1f us %9.1f us\n", "difference", b - a, d - c }'
