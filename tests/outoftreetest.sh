#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# outoftreetest.sh: the plugin SDK works out of the tree.  Installs the SDK
# into a staging folder, builds examples/plugin-hello from a copy with
# nothing but pkg-config and the staged files, and uses the plugin through
# the public API from a client built against the staged headers and library.
. "$abs_top_srcdir/tests/tap.sh"
tmp=$(mktemp -d)
# VIR_TEST_KEEP_TMP=1 keeps the stage and the builds, for debugging
[ -n "$VIR_TEST_KEEP_TMP" ] || trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cc=${CC:-cc}
san=
[ "$WITH_SANITIZERS" = yes ] && san="-fsanitize=address,undefined"
# the example's own Makefile and a plain make: no settings of ours leak in
unset MAKEFLAGS MFLAGS MAKELEVEL CPATH C_INCLUDE_PATH LIBRARY_PATH CFLAGS CPPFLAGS LDFLAGS

if ! command -v pkg-config >/dev/null 2>&1; then
    tap_skip "pkg-config is not installed: the example cannot be built"
    tap_done
fi

# 1. Install the SDK (headers, libvirt.so, pkg-config files) into a stage.
# Only include/ and core/ are installed: they are the whole SDK, and
# installing plugins/ would make libtool relink the in-tree modules inside
# the build tree while other tests may be loading them.
stage=$tmp/stage
if make -C "$abs_top_builddir/include" install DESTDIR="$stage" >"$tmp/install.log" 2>&1 &&
   make -C "$abs_top_builddir/core" install DESTDIR="$stage" >>"$tmp/install.log" 2>&1; then
    tap_ok "the SDK installs into a staging folder"
else
    tap_fail "the SDK installs into a staging folder"; tap_diag < "$tmp/install.log"
    tap_done
fi
pc=$(find "$stage" -name libvirt-plugin.pc | head -n 1)
if [ -z "$pc" ]; then
    tap_fail "libvirt-plugin.pc is installed"
    tap_done
fi
pcdir=$(dirname "$pc")
prefix=${pcdir%/lib*/pkgconfig}         # the staged prefix: $stage/usr/local
stagedlib=$(dirname "$pcdir")
tap_ok "libvirt-plugin.pc is installed (${pc#"$stage"})"

PKG_CONFIG_PATH=$pcdir
PKG_CONFIG_SYSROOT_DIR=$stage
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
tap_check "pkg-config finds libvirt-plugin in the stage" \
    pkg-config --exists --print-errors libvirt-plugin
for var in plugindir plugin_cflags plugin_ldflags abi_major abi_minor; do
    tap_check "libvirt-plugin.pc sets $var" test -n "$(pkg-config --variable=$var libvirt-plugin)"
done
hdr=$abs_top_srcdir/include/libvirt/libvirt-plugin.h
for part in MAJOR MINOR; do
    want=$(sed -n "s/^#define VIR_PLUGIN_ABI_$part \([0-9]*\)\$/\1/p" "$hdr")
    var=abi_$(echo "$part" | tr A-Z a-z)
    got=$(pkg-config --variable=$var libvirt-plugin)
    if [ -n "$want" ] && [ "$got" = "$want" ]; then
        tap_ok "libvirt-plugin.pc's $var is the header's VIR_PLUGIN_ABI_$part ($want)"
    else
        tap_fail "libvirt-plugin.pc's $var is the header's VIR_PLUGIN_ABI_$part: '$got', not '$want'"
    fi
done
case $(pkg-config --cflags libvirt-plugin) in
    *"$stage"*) tap_ok "its Cflags point into the stage" ;;
    *) tap_fail "its Cflags point into the stage: $(pkg-config --cflags libvirt-plugin)" ;;
esac

# 2. Build the example from a copy, as a vendor would.
hello=$tmp/plugin-hello
mkdir "$hello"
for f in hello.c Makefile hypervisor-hello.plugin README; do
    cp "$abs_top_srcdir/examples/plugin-hello/$f" "$hello/"
done
chmod -R u+w "$hello"                   # distcheck's source tree is read-only
if make -C "$hello" CC="$cc" CFLAGS="-O2 -g -Wall -Wextra -Werror" CPPFLAGS=-MMD \
        >"$tmp/build.log" 2>&1; then
    tap_ok "examples/plugin-hello builds with pkg-config only (-Wall -Wextra -Werror)"
else
    tap_fail "examples/plugin-hello builds with pkg-config only"; tap_diag < "$tmp/build.log"
    tap_done
fi
module=$hello/libvirt_plugin_hypervisor_hello.so
if grep -q -e "$abs_top_srcdir/include" -e "$abs_top_builddir/include" "$hello/hello.d"; then
    tap_fail "it used no header of the source or build tree"; tap_diag < "$hello/hello.d"
else
    tap_check "it used the staged headers" grep -q "$prefix/include/libvirt/libvirt-plugin.h" "$hello/hello.d"
fi

if command -v nm >/dev/null 2>&1; then
    exports=$(nm -D --defined-only "$module" | awk '{ print $NF }' | tr '\n' ' ' | sed 's/ $//')
    tap_check "the module exports virPluginQuery_v1 only (got: $exports)" \
        test "$exports" = virPluginQuery_v1
    core=$(nm -D --undefined-only "$module" | awk '{ print $NF }' |
           grep '^vir' | grep -v '@LIBVIRT_[0-9.]*$' || true)
    tap_check "it imports no private core symbol${core:+ (got: $core)}" test -z "$core"
    if make -s -C "$hello" check-exports >"$tmp/exports.log" 2>&1; then
        tap_ok "make check-exports agrees"
    else
        tap_fail "make check-exports agrees"; tap_diag < "$tmp/exports.log"
    fi
else
    tap_skip "nm is not installed: exports not checked"
fi

# 3. A client built against the staged headers and library.
cat > "$tmp/client.c" <<'EOF'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

static void quiet(void *opaque, virErrorPtr err) { (void)opaque; (void)err; }

static void
list(virConnectPtr conn, const char *what, unsigned int flags)
{
    virDomainPtr *doms = NULL;
    int n = virConnectListAllDomains(conn, &doms, flags), i;

    printf("%s %d", what, n);
    for (i = 0; i < n; i++) {
        printf(" %s", virDomainGetName(doms[i]));
        virDomainFree(doms[i]);
    }
    printf(" count=%d\n", virConnectListAllDomains(conn, NULL, flags));
    free(doms);
}

static void
error(const char *what)
{
    virErrorPtr err = virGetLastError();

    printf("%s code=%d message=%s\n", what, err ? err->code : -1,
           err && err->message ? err->message : "(none)");
}

int
main(int argc, char **argv)
{
    virConnectPtr conn;
    virDomainPtr dom;
    virDomainInfo info;
    unsigned long ver = 0;
    char uuid[VIR_UUID_STRING_BUFLEN];
    char *s;
    int state = -1, reason = -1;

    (void)argc;
    virSetErrorFunc(NULL, quiet);
    if (!(conn = virConnectOpenReadOnly(argv[1]))) {
        error("open");
        return 1;
    }
    printf("type %s\n", virConnectGetType(conn));
    s = virConnectGetHostname(conn);
    printf("hostname %s\n", s ? s : "(null)");
    free(s);
    virConnectGetVersion(conn, &ver);
    printf("version %lu\n", ver);
    printf("active %d\n", virConnectNumOfDomains(conn));
    list(conn, "all", 0);
    list(conn, "list-active", VIR_CONNECT_LIST_DOMAINS_ACTIVE);
    list(conn, "list-inactive", VIR_CONNECT_LIST_DOMAINS_INACTIVE);
    list(conn, "list-paused", VIR_CONNECT_LIST_DOMAINS_PAUSED);

    if ((dom = virDomainLookupByName(conn, "hello-db"))) {
        virDomainGetUUIDString(dom, uuid);
        virDomainGetState(dom, &state, &reason, 0);
        virDomainGetInfo(dom, &info);
        printf("hello-db id=%d active=%d state=%d reason=%d info.state=%d info.memory=%lu "
               "info.vcpus=%d\n", (int)virDomainGetID(dom), virDomainIsActive(dom),
               state, reason, info.state, info.memory, info.nrVirtCpu);
        virDomainFree(dom);
        if ((dom = virDomainLookupByUUIDString(conn, uuid))) {
            printf("by-uuid %s\n", virDomainGetName(dom));
            virDomainFree(dom);
        }
    } else {
        error("lookup");
    }
    if ((dom = virDomainLookupByName(conn, "hello-build"))) {
        s = virDomainGetXMLDesc(dom, 0);
        printf("xml %s", s ? s : "(null)\n");
        free(s);
        virDomainFree(dom);
    }
    if (!virDomainLookupByName(conn, "nosuch"))
        error("missing");
    if (!virDomainLookupByUUIDString(conn, "00000000-0000-0000-0000-000000000000"))
        error("missing-uuid");
    if ((dom = virDomainLookupByName(conn, "hello-web"))) {
        if (virDomainGetMaxMemory(dom) == 0)
            error("maxmem");
        virDomainFree(dom);
    }
    virConnectClose(conn);
    return 0;
}
EOF
client=$tmp/client
if $cc $san -Wall -Werror $(pkg-config --cflags libvirt) "$tmp/client.c" \
       $(pkg-config --libs libvirt) -o "$client" 2>"$tmp/err"; then
    tap_ok "a client builds against the staged headers and libvirt.so"
else
    tap_fail "a client builds against the staged headers and libvirt.so"; tap_diag < "$tmp/err"
    tap_done
fi

run() { # run OUT URI: the staged library, the example's build folder first
    out=$1; shift
    env LD_LIBRARY_PATH="$stagedlib" LIBVIRT_PLUGIN_PATH="$hello" \
        LIBVIRT_PLUGIN_SYSTEM_PATH="$stage/nowhere" "$@" >"$out" 2>"$out.err"
}
expect() { # expect FILE DESCRIPTION LINE: FILE has LINE exactly
    if grep -qxF "$3" "$1"; then tap_ok "$2"; else tap_fail "$2"; tap_diag < "$1"; fi
}

# Leaks are checked once, on their own, below.
if [ "$WITH_SANITIZERS" = yes ]; then
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
    export ASAN_OPTIONS
fi

run "$tmp/out" "$client" hello:///
status=$?
tap_check "the client runs on hello:/// (exit $status)" test $status -eq 0
[ $status -eq 0 ] || tap_diag < "$tmp/out.err"
out=$tmp/out
expect "$out" "virConnectGetType answers HELLO" "type HELLO"
expect "$out" "virConnectGetHostname answers the host name" "hostname $(uname -n)"
expect "$out" "virConnectGetVersion answers 1.0.0" "version 1000000"
expect "$out" "virConnectNumOfDomains counts the active domains" "active 2"
expect "$out" "virConnectListAllDomains lists the three domains" \
    "all 3 hello-web hello-db hello-build count=3"
expect "$out" "LIST_DOMAINS_ACTIVE filters" "list-active 2 hello-web hello-db count=2"
expect "$out" "LIST_DOMAINS_INACTIVE filters" "list-inactive 1 hello-build count=1"
expect "$out" "LIST_DOMAINS_PAUSED filters" "list-paused 1 hello-db count=1"
expect "$out" "lookup by name, state, info, IsActive" \
    "hello-db id=2 active=1 state=3 reason=1 info.state=3 info.memory=2097152 info.vcpus=4"
expect "$out" "lookup by UUID" "by-uuid hello-db"
expect "$out" "virDomainGetXMLDesc returns the domain" "xml <domain type='hello'>"
expect "$out" "the XML names it" "  <name>hello-build</name>"
expect "$out" "a missing name is VIR_ERR_NO_DOMAIN, worded as libvirt" \
    "missing code=42 message=Domain not found: no domain with matching name 'nosuch'"
expect "$out" "a missing UUID is VIR_ERR_NO_DOMAIN" \
    "missing-uuid code=42 message=Domain not found: no domain with matching uuid '00000000-0000-0000-0000-000000000000'"
expect "$out" "a callback the plugin lacks is VIR_ERR_NO_SUPPORT naming the API" \
    "maxmem code=3 message=this function is not supported by the connection driver: virDomainGetMaxMemory"

run "$tmp/host" "$client" hello://example.org/
expect "$tmp/host" "a host part is refused" \
    "open code=8 message=invalid argument: the hello driver serves only this host, not 'example.org': use hello:///"
run "$tmp/path" "$client" hello:///elsewhere
expect "$tmp/path" "another path is refused" \
    "open code=8 message=invalid argument: unexpected hello URI path '/elsewhere', try hello:///"

# connectClose frees what connectOpen allocated: only LeakSanitizer can tell.
if [ "$WITH_SANITIZERS" = yes ]; then
    (ASAN_OPTIONS=${ASAN_OPTIONS%detect_leaks=0}detect_leaks=1; run "$tmp/leak" "$client" hello:///)
    if [ $? -eq 0 ]; then
        tap_ok "no leak: connectClose frees the connection's private data"
    else
        tap_fail "no leak in the client on hello:///"; tap_diag < "$tmp/leak.err"
    fi
else
    tap_skip "leaks are checked in builds configured with --enable-sanitizers"
fi

# An unchanged libvirt client lists the hello domains.
if $cc $san $(pkg-config --cflags libvirt) "$abs_top_srcdir/examples/list-domains.c" \
       $(pkg-config --libs libvirt) -o "$tmp/list-domains" 2>"$tmp/err"; then
    run "$tmp/ld" "$tmp/list-domains" hello:///
    tap_check "examples/list-domains lists the hello domains" \
        grep -q '^ 1 *hello-web *running$' "$tmp/ld"
    tap_check "... inactive ones too" grep -q '^ - *hello-build *shut off$' "$tmp/ld"
else
    tap_fail "examples/list-domains.c builds against the stage"; tap_diag < "$tmp/err"
fi

# 4. make install puts module and manifest in the staged plugin folder,
# where the core finds them without LIBVIRT_PLUGIN_PATH.
if make -C "$hello" install >"$tmp/hinstall.log" 2>&1; then
    plugindir=$(pkg-config --variable=plugindir libvirt-plugin)
    tap_check "make install puts the module and manifest in the plugin folder" \
        test -f "$plugindir/libvirt_plugin_hypervisor_hello.so" -a \
             -f "$plugindir/hypervisor-hello.plugin"
    env LD_LIBRARY_PATH="$stagedlib" LIBVIRT_PLUGIN_PATH= LIBVIRT_PLUGIN_SYSTEM_PATH="$plugindir" \
        "$client" hello:/// >"$tmp/inst" 2>&1
    expect "$tmp/inst" "the installed plugin serves hello:///" "type HELLO"
else
    tap_fail "make install of the example"; tap_diag < "$tmp/hinstall.log"
fi
tap_done
