#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# virtplugintest.sh: virt-plugin lists, inspects and checks plugins, and names
# the cause of every failure: missing library (with the paths tried), a file
# the dynamic loader refuses, a crash or a hang in init (in a child process).
# virsh's plugin-list and plugin-info show the same data.
. "$abs_top_srcdir/tests/tap.sh"
prog="$abs_top_builddir/tools/virt-plugin"
intree="$abs_top_builddir/plugins"
crash="$abs_top_builddir/tests/.libs/libvirt_fixture_crash.so"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc=${CC:-cc}

# nothing installed on this machine takes part
mkdir "$tmp/system" "$tmp/extra"
LIBVIRT_PLUGIN_SYSTEM_PATH="$tmp/system"
LIBVIRT_PLUGIN_PATH="$intree"
unset LIBVIRT_PLUGINS_DISABLE
export LIBVIRT_PLUGIN_SYSTEM_PATH LIBVIRT_PLUGIN_PATH

# run ARGS...: stdout in $tmp/out, stderr in $tmp/err, status in $rc
run() {
    "$prog" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}
# expect DESCRIPTION STATUS PATTERN [FILE]: the last run exited STATUS and
# FILE (default: its stdout) has a line matching the extended regex PATTERN
expect() {
    if [ "$rc" = "$2" ] && grep -Eq -- "$3" "${4:-$tmp/out}"; then
        tap_ok "$1"
    else
        tap_fail "$1 (exit $rc, wanted $2; looked for /$3/)"
        cat "$tmp/out" "$tmp/err" | tap_diag
    fi
}

tap_check "virt-plugin is built" test -x "$prog"

run --version
expect "--version shows the package version and the plugin ABI" 0 '^plugin ABI [0-9]+\.[0-9]+$'
run --help
expect "--help lists the commands" 0 '^  check '
run frobnicate
expect "an unknown command is a usage error (exit 3)" 3 '^virt-plugin: error: unknown command' "$tmp/err"
run list --frob
expect "an unknown option is a usage error (exit 3)" 3 '^virt-plugin: error: ' "$tmp/err"
run inspect
expect "inspect without a plugin is a usage error (exit 3)" 3 '^virt-plugin: error: ' "$tmp/err"

run path
expect "path: LIBVIRT_PLUGIN_PATH first" 0 "^$intree\$"
tap_check "path: then LIBVIRT_PLUGIN_SYSTEM_PATH, one folder a line" \
    test "$(cat "$tmp/out")" = "$(printf '%s\n%s' "$intree" "$tmp/system")"

# ---- the in-tree plugin ----------------------------------------------------
run list
expect "list: a virsh-style header" 0 '^ Name +Kind +Version +ABI +Provides +State +File$'
expect "list: a line of dashes under it" 0 '^-{40,}$'
expect "list: the in-tree 'none' plugin is loaded" 0 \
    "^ none +seclabel +[0-9][^ ]* +1\.[0-9]+ +none +loaded +$intree/seclabel-none\.plugin\$"

run list --no-load
expect "list --no-load: manifest data only, nothing loaded" 0 \
    '^ none +seclabel +- +1 +none +available +'

run inspect none
expect "inspect none: the plugin is loaded" 0 '^  State: +loaded$'
expect "inspect none: the descriptor's name" 0 '^  Name: +none$'
expect "inspect none: the descriptor's licence" 0 '^  License: +LGPL-2\.1-or-later$'
expect "inspect none: the descriptor's version" 0 '^  Version: +[0-9]'
expect "inspect none: the ABI it was built against" 0 '^  Built against: +1\.[0-9]+$'
expect "inspect none: the oldest core it runs on" 0 '^  Needs core: +1\.[0-9]+ or later$'
expect "inspect none: the core's ABI" 0 '^  This core: +1\.[0-9]+$'
expect "inspect none: the library file opened" 0 '^  Library file: +/.*libvirt_plugin_seclabel_none\.so$'
expect "inspect none: the manifest's security models" 0 '^  Security models: +none$'

run inspect "$intree/.libs/libvirt_plugin_seclabel_none.so"
expect "inspect FILE: a plugin library given directly" 0 '^  Name: +none$'

run inspect nosuch
expect "inspect of an unknown plugin fails naming the folders searched" 1 \
    "^virt-plugin: error: no plugin named 'nosuch' .*$intree" "$tmp/err"

run check "$intree/seclabel-none.plugin"
expect "check: the in-tree plugin loads (exit 0)" 0 '^ok$'
run check none
expect "check NAME: the in-tree plugin loads (exit 0)" 0 '^ok$'
run check "$intree/libvirt_plugin_seclabel_none.la"
expect "check: the in-tree .la loads (exit 0)" 0 '^ok$'
run check "$tmp/nothing.so"
expect "check of a missing file fails (exit 1)" 1 '^virt-plugin: error: .*nothing\.so: no such file' "$tmp/err"

# ---- broken plugins on LIBVIRT_PLUGIN_PATH ---------------------------------
LIBVIRT_PLUGIN_PATH="$intree:$tmp/extra"
cat > "$tmp/extra/storage-ghost.plugin" <<EOF
[Plugin]
Name=ghost
Library=libghost
AbiMajor=1
Kinds=storage
PoolTypes=ghostfs
EOF
cat > "$tmp/extra/network-text.plugin" <<EOF
[Plugin]
Name=text
Library=libtext
AbiMajor=1
Kinds=network
ForwardModes=textmode
EOF
echo "this is not a shared object" > "$tmp/extra/libtext.so"
# a second 'none' after the in-tree one
sed 's|^Library=.*|Library='"$intree"'/libvirt_plugin_seclabel_none|' \
    "$intree/seclabel-none.plugin" > "$tmp/extra/seclabel-none.plugin"

run list
expect "list: the in-tree plugin still loads" 0 '^ none +seclabel +[0-9][^ ]* +1\.[0-9]+ +none +loaded '
expect "list: a missing library is not-found" 0 \
    "^ ghost +storage +- +1 +ghostfs +not-found +$tmp/extra/storage-ghost\.plugin\$"
expect "list: not-found gives the paths tried" 0 \
    "ghost: .*$tmp/extra/libghost\.la.*$tmp/extra/libghost\.so"
expect "list: a text file as library is dlopen-failed" 0 \
    '^ text +network +- +1 +textmode +dlopen-failed '
expect "list: dlopen-failed gives the loader's own words" 0 \
    "text: .*$tmp/extra/libtext\.so: .*(too short|invalid ELF header)"
if grep -Eq '^ .* shadowed +/' "$tmp/out"; then
    tap_fail "list: shadowed plugins are hidden without --all"
else
    tap_check "list: shadowed plugins are hidden without --all, and counted" \
        grep -q '^1 shadowed or disabled plugin not shown' "$tmp/out"
fi
run list --all
expect "list --all: the second 'none' is shadowed, with the reason" 0 \
    "^ none +seclabel +- +1 +none +shadowed +$tmp/extra/seclabel-none\.plugin\$"

LIBVIRT_PLUGINS_DISABLE=ghost
export LIBVIRT_PLUGINS_DISABLE
run list --all
unset LIBVIRT_PLUGINS_DISABLE
expect "list --all: LIBVIRT_PLUGINS_DISABLE makes a plugin disabled" 0 \
    '^ ghost +storage +- +1 +ghostfs +disabled '

run inspect ghost
expect "inspect of a not-found plugin exits 1 with the state" 1 '^  State: +not-found$'
expect "inspect of a not-found plugin gives the reason" 1 "^  Reason: .*libghost\.la"
run check "$tmp/extra/storage-ghost.plugin"
expect "check of a not-found plugin prints the state and reason (exit 1)" 1 \
    "^not-found: .*$tmp/extra/libghost\.la"
run check text
expect "check of a dlopen-failed plugin prints the state and reason (exit 1)" 1 '^dlopen-failed: '

# ---- virsh shows the same data (vireoPluginReport in libvirt.so.0) --------
# same: virsh ARGS prints what virt-plugin VARGS prints, then the blank line
# virsh ends every command with.  virt-plugin's exit status is ignored.
same() {
    desc=$1 vargs=$2 args=$3
    "$prog" $vargs >"$tmp/want" 2>&1
    echo >>"$tmp/want"
    "$virsh" -c test:///default $args >"$tmp/got" 2>&1
    vrc=$?
    if [ "$vrc" = 0 ] && cmp -s "$tmp/want" "$tmp/got"; then
        tap_ok "$desc"
    else
        tap_fail "$desc (virsh exit $vrc)"
        diff -u "$tmp/want" "$tmp/got" | tap_diag
    fi
}
virsh="$abs_top_builddir/tools/virsh"
if [ -x "$virsh" ]; then
    same "virsh plugin-list --all = virt-plugin list --all" "list --all" "plugin-list --all"
    same "virsh plugin-info = virt-plugin inspect test (the connection's plugin)" \
        "inspect test" "plugin-info"
    same "virsh plugin-info ghost = virt-plugin inspect ghost (exit 0: it was shown)" \
        "inspect ghost" "plugin-info ghost"
    "$virsh" -c test:///default plugin-list >"$tmp/out" 2>"$tmp/err"
    rc=$?
    expect "virsh plugin-list: the plugin serving the connection" 0 \
        '^ test +hypervisor +[0-9][^ ]* +1\.[0-9]+ +test +loaded '
    if grep -Eq '^ (ghost|text|none) ' "$tmp/out"; then
        tap_fail "virsh plugin-list: only the plugins this process loaded or tried to load"
        tap_diag < "$tmp/out"
    else
        tap_ok "virsh plugin-list: only the plugins this process loaded or tried to load"
    fi
    "$virsh" -c test:///default 'plugin-info ghost; plugin-list' >"$tmp/out" 2>"$tmp/err"
    rc=$?
    expect "virsh plugin-list: a plugin this process failed to load, with its state" 0 \
        "^ ghost +storage +- +1 +ghostfs +not-found +$tmp/extra/storage-ghost\\.plugin\$"
    expect "virsh plugin-list: and why it failed" 0 "^  ghost: its library is missing: "
    "$virsh" -c test:///default plugin-info nosuch >"$tmp/out" 2>"$tmp/err"
    rc=$?
    expect "virsh plugin-info of an unknown plugin fails naming the folders searched" 1 \
        "^error: invalid argument: no plugin named 'nosuch' on the search path \(searched $intree, $tmp/extra, $tmp/system\)\$" \
        "$tmp/err"
else
    tap_skip "tools/virsh is not built"
fi

# the extension's contract, from a program that links libvirt.so.0 as any
# would: what each wrong call reports (code, message), and where
cat > "$tmp/report.c" <<'EOF'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libvirt/libvirt-vireo.h>
#include <libvirt/virterror.h>

static void
quiet(void *opaque, virErrorPtr err)
{
    (void)opaque;
    (void)err;
}

static void
call(virConnectPtr conn, const char *what, const char *name, unsigned int flags)
{
    char *text = vireoPluginReport(conn, name, flags);
    virErrorPtr err = virGetLastError();

    if (text) {
        printf("%s: ok: %.*s\n", what, (int)strcspn(text, "\n"), text);
        free(text);
    } else {
        printf("%s: error %d%s: %s\n", what, err ? err->code : -1,
               conn && virConnGetLastError(conn) ? " (on the connection)" : "",
               err && err->message ? err->message : "(none)");
    }
}

int
main(void)
{
    virConnectPtr conn;

    virSetErrorFunc(NULL, quiet);
    if (!(conn = virConnectOpen("test:///default")))
        return 1;
    call(NULL, "no connection", NULL, 0);
    call(conn, "unknown flag", NULL, 1u << 7);
    call(conn, "inspect and all", NULL, VIREO_PLUGIN_REPORT_INSPECT | VIREO_PLUGIN_REPORT_ALL);
    call(conn, "name without inspect", "test", 0);
    call(conn, "unknown name", "nosuch", VIREO_PLUGIN_REPORT_INSPECT);
    call(conn, "serving plugin", NULL, VIREO_PLUGIN_REPORT_INSPECT);
    call(conn, "named plugin", "ghost", VIREO_PLUGIN_REPORT_INSPECT);
    call(conn, "list", NULL, 0);
    virConnectClose(conn);
    return 0;
}
EOF
san=
[ "$WITH_SANITIZERS" = yes ] && san="-fsanitize=address,undefined"
if $cc $san -Wall -Wextra -Werror -I"$abs_top_srcdir/include" -I"$abs_top_builddir/include" \
       "$tmp/report.c" -L"$abs_top_builddir/core/.libs" -lvirt -o "$tmp/report" 2>"$tmp/cc.err"; then
    tap_ok "a program using <libvirt/libvirt-vireo.h> builds against libvirt.so.0"
    LD_LIBRARY_PATH="$abs_top_builddir/core/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
        "$tmp/report" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    expect "vireoPluginReport: an invalid connection (VIR_ERR_INVALID_CONN)" 0 \
        '^no connection: error 6: invalid connection pointer in vireoPluginReport$'
    expect "vireoPluginReport: unknown flags (VIR_ERR_INVALID_ARG, also on the connection)" 0 \
        '^unknown flag: error 8 \(on the connection\): unsupported flags \(0x80\) in function vireoPluginReport$'
    expect "vireoPluginReport: INSPECT and ALL together" 0 \
        "^inspect and all: error 8 \\(on the connection\\): Flags 'VIREO_PLUGIN_REPORT_INSPECT' and 'VIREO_PLUGIN_REPORT_ALL' are mutually exclusive\$"
    expect "vireoPluginReport: a name without INSPECT" 0 \
        '^name without inspect: error 8 \(on the connection\): name in vireoPluginReport must be NULL without VIREO_PLUGIN_REPORT_INSPECT$'
    expect "vireoPluginReport: an unknown name, with the folders searched" 0 \
        "^unknown name: error 8 \\(on the connection\\): invalid argument: no plugin named 'nosuch' on the search path \\(searched $intree, $tmp/extra, $tmp/system\\)\$"
    expect "vireoPluginReport: INSPECT without a name: the connection's plugin" 0 \
        '^serving plugin: ok: Plugin test$'
    expect "vireoPluginReport: a plugin that does not load is a report, not an error" 0 \
        '^named plugin: ok: Plugin ghost$'
    expect "vireoPluginReport: the table" 0 '^list: ok:  Name +Kind +Version '
else
    tap_fail "a program using <libvirt/libvirt-vireo.h> builds against libvirt.so.0"
    tap_diag < "$tmp/cc.err"
fi
LIBVIRT_PLUGIN_PATH="$intree"

# ---- crashes and hangs, in the child process ------------------------------
if [ -f "$crash" ]; then
    run check "$crash"
    expect "check: a plugin crashing in init is reported (exit 2)" 2 '^crashed: SIGSEGV during init$'
else
    tap_skip "tests/.libs/libvirt_fixture_crash.so is not built"
fi

cat > "$tmp/hang.c" <<'EOF'
#include <unistd.h>
#include <libvirt/libvirt-plugin.h>

static int
hangInit(virPluginContext *ctx, const virPluginHost *host)
{
    (void)ctx;
    (void)host;
    for (;;)
        pause();
    return -1;
}

VIR_PLUGIN_DEFINE(hangInit, .name = "hang", .version = "1.0",
                  .license = "LGPL-2.1-or-later", .kinds = VIR_PLUGIN_KIND_SECLABEL);
EOF
if $cc -shared -fPIC -I"$abs_top_srcdir/include" -I"$abs_top_builddir/include" \
       "$tmp/hang.c" -o "$tmp/libhang.so" 2>"$tmp/cc.err"; then
    start=$(date +%s)
    run check --timeout=1 "$tmp/libhang.so"
    took=$(($(date +%s) - start))
    expect "check --timeout: a plugin hanging in init times out (exit 2)" 2 \
        '^timeout: no answer after 1 s during init$'
    tap_check "check --timeout=1 gives up quickly (${took}s)" test "$took" -le 10
else
    tap_fail "a test plugin compiles with $cc against the SDK header"
    tap_diag < "$tmp/cc.err"
fi
run check --timeout=soon none
expect "check --timeout with a bad value is a usage error (exit 3)" 3 '^virt-plugin: error: ' "$tmp/err"

tap_done
