/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * apientrytest.c: the flag and argument checks public entry points make
 * before any driver is asked, as libvirt 9.0 makes them
 *
 * tests/apientrycases.h lists the calls; tests/apientrydata/libvirt-9.0.tsv
 * holds libvirt 9.0's answer to each: the error an entry point raised
 * (code, domain, message, str1, str2), or "pass" when the call got through
 * to the driver.  Here the calls go through the same public functions to
 * a driver that implements nothing (entry checks come before any driver,
 * and vireo's test plugin has no snapshots to call with), so "pass" must
 * end in VIR_ERR_NO_SUPPORT, and anything else must be the recorded error
 * exactly; the order of the checks shows in the cases that break several
 * rules at once.
 *
 * To record the expectations again, build this file alone against libvirt
 * (it then runs the cases on test:///default, after making a snapshot "s1"
 * of the domain "test" and a volume "v1" in "default-pool") and keep only
 * its standard output (its standard error shows every answer in full):
 *   cc -DVIR_TEST_RECORD -I tests -o record tests/apientrytest.c \
 *      $(pkg-config --cflags --libs libvirt glib-2.0)
 *   ./record > tests/apientrydata/libvirt-9.0.tsv
 */
#ifndef VIR_TEST_RECORD
# include <config.h>
#endif

#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#ifndef VIR_TEST_RECORD
# include "internal.h"
# include "datatypes.h"
# include "virdriver.h"
# include "testutils.h"
#endif

/* a descriptor that is no socket, at a number both runs agree on */
#define VIR_TEST_ENTRY_FD 100

typedef struct {
    virConnectPtr conn, roconn;
    virDomainPtr dom, domro;
    virDomainSnapshotPtr snap, snapro;
    virNetworkPtr net, netro;
    virStoragePoolPtr pool;
    virStorageVolPtr vol, volro;
    /* scratch space the calls point at */
    int n;
    int type;
    unsigned char map[8192];         /* cpumaps, buffers, and room for what drivers write */
    char *names[4];
    virTypedParameter param;
    virTypedParameter strparam;      /* a string parameter without its string */
    virTypedParameter longparam;     /* a field name without its NUL */
    virDomainPtr mixed[3];           /* domains of two connections */
    virDomainStatsRecordPtr *records;
    virTypedParameterPtr params;
    virDomainIOThreadInfoPtr *iothreads;
    virDomainInterfacePtr *ifaces;
    const char *keys[2];
    unsigned int bigkeys[32];
} virTestEntryCtx;

typedef struct {
    const char *name;
    const char *func;
    int (*call)(virTestEntryCtx *e);
} virTestEntryCase;

#include "apientrycases.h"

#define VIR_TEST_ENTRY_FUNC(name, func, call) \
    static int virTestEntry_##name(virTestEntryCtx *e) { return call; }
VIR_TEST_ENTRY_CASES(VIR_TEST_ENTRY_FUNC)

#define VIR_TEST_ENTRY_ROW(name, func, call) { #name, func, virTestEntry_##name },
static const virTestEntryCase virTestEntryCases[] = {
    VIR_TEST_ENTRY_CASES(VIR_TEST_ENTRY_ROW)
};

static virTestEntryCtx ctx;

static void
virTestEntryQuiet(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

static void
virTestEntryInitScratch(virTestEntryCtx *e)
{
    int fd = open("/dev/null", O_RDONLY);

    if (fd < 0 || dup2(fd, VIR_TEST_ENTRY_FD) < 0)
        abort();
    close(fd);
    memset(&e->param, 0, sizeof(e->param));
    g_strlcpy(e->param.field, "weight", sizeof(e->param.field));
    e->param.type = VIR_TYPED_PARAM_UINT;
    e->param.value.ui = 100;
    e->keys[0] = "ssh-rsa AAAA";
    memset(&e->strparam, 0, sizeof(e->strparam));
    g_strlcpy(e->strparam.field, "weight", sizeof(e->strparam.field));
    e->strparam.type = VIR_TYPED_PARAM_STRING;
    e->longparam = e->param;
    memset(e->longparam.field, 'x', sizeof(e->longparam.field));
}

/* Runs one case with a fresh error; returns the error it left, or NULL. */
static virErrorPtr
virTestEntryRun(const virTestEntryCase *c)
{
    int rc;

    virResetLastError();
    rc = c->call(&ctx);
    if (rc >= 0)
        return NULL;
    return virGetLastError();
}

#ifdef VIR_TEST_RECORD

/* An error an entry point raised, not its driver: a read-only refusal, or an
 * invalid argument reported by the public function itself (or by one of the
 * helpers libvirt's migration entry points share). */
static bool
virTestEntryIsEntryError(const virTestEntryCase *c, virErrorPtr err)
{
    /* the one migration refusal libvirt words as an invalid operation */
    if (err->code == VIR_ERR_OPERATION_INVALID &&
        strstr(err->message, "tunnelled migration without using peer2peer"))
        return true;
    if (err->code == VIR_ERR_OPERATION_DENIED || err->code == VIR_ERR_OVERFLOW ||
        err->code == VIR_ERR_INVALID_CONN || err->code == VIR_ERR_INVALID_STREAM)
        return true;
    if (err->code != VIR_ERR_INVALID_ARG || !err->str1)
        return false;
    /* a few entry points word theirs as drivers do: then the domain tells,
     * the test driver's is VIR_FROM_TEST */
    if (g_str_equal(err->str1, "invalid argument: %s"))
        return err->domain != VIR_FROM_TEST &&
               !strstr(err->message, "unknown metadata type");  /* conf, for the driver */
    return g_str_equal(err->str1, c->func) ||
           g_str_has_prefix(err->str1, "virDomainMigrateUnmanaged") ||
           g_str_equal(err->str1, "virTypedParameterValidateSet");
}

int
main(void)
{
    size_t i;

    virSetErrorFunc(NULL, virTestEntryQuiet);
    virTestEntryInitScratch(&ctx);
    ctx.conn = virConnectOpen("test:///default");
    ctx.roconn = virConnectOpenReadOnly("test:///default");
    ctx.dom = virDomainLookupByName(ctx.conn, "test");
    ctx.domro = virDomainLookupByName(ctx.roconn, "test");
    ctx.net = virNetworkLookupByName(ctx.conn, "default");
    ctx.netro = virNetworkLookupByName(ctx.roconn, "default");
    ctx.pool = virStoragePoolLookupByName(ctx.conn, "default-pool");
    ctx.vol = virStorageVolCreateXML(ctx.pool, "<volume><name>v1</name>"
                                     "<capacity>1024</capacity></volume>", 0);
    ctx.volro = ctx.vol ? virStorageVolLookupByKey(ctx.roconn, virStorageVolGetKey(ctx.vol)) : NULL;
    ctx.snap = virDomainSnapshotCreateXML(ctx.dom,
                                          "<domainsnapshot><name>s1</name></domainsnapshot>", 0);
    ctx.snapro = virDomainSnapshotLookupByName(ctx.domro, "s1", 0);
    ctx.mixed[0] = ctx.dom;
    ctx.mixed[1] = ctx.domro;
    if (!ctx.dom || !ctx.domro || !ctx.net || !ctx.netro || !ctx.snap || !ctx.snapro ||
        !ctx.pool || !ctx.vol || !ctx.volro) {
        fprintf(stderr, "cannot set up test:///default\n");
        return 1;
    }

    printf("# Entry-point checks of libvirt 9.0.0 (Debian 12) on test:///default, one row\n"
           "# per case of tests/apientrycases.h: case, then either \"pass\" (the entry\n"
           "# point let the call through to its driver) or the error it raised: code,\n"
           "# domain, message, str1, str2 (\"-\" for NULL).  Recorded by apientrytest.c\n"
           "# built with -DVIR_TEST_RECORD.\n");
    for (i = 0; i < G_N_ELEMENTS(virTestEntryCases); i++) {
        const virTestEntryCase *c = &virTestEntryCases[i];
        virErrorPtr err = virTestEntryRun(c);

        if (err && virTestEntryIsEntryError(c, err)) {
            printf("%s\t%d\t%d\t%s\t%s\t%s\n", c->name, err->code, err->domain, err->message,
                   err->str1 ? err->str1 : "-", err->str2 ? err->str2 : "-");
        } else {
            printf("%s\tpass\n", c->name);
        }
        if (err)
            fprintf(stderr, "%s\t%d\t%d\t%s\t%s\t%s\n", c->name, err->code, err->domain,
                    err->message, err->str1 ? err->str1 : "-", err->str2 ? err->str2 : "-");
        else
            fprintf(stderr, "%s\tOK\n", c->name);
    }
    return 0;
}

#else /* !VIR_TEST_RECORD */

/* ---- a driver that serves mock:/// and implements nothing --------------- */

static int
mockConnectOpen(virConnectPtr conn, virConnectAuthPtr auth G_GNUC_UNUSED,
                unsigned int flags G_GNUC_UNUSED)
{
    return g_str_equal(conn->uri->scheme, "mock") ? VIR_DRV_OPEN_SUCCESS : VIR_DRV_OPEN_DECLINED;
}

# define MOCK_HDR(type) { sizeof(type), 1, 0 }
static const virPluginHypervisorDriver mockHypervisor = {
    .hdr = MOCK_HDR(virPluginHypervisorDriver), .name = "mock", .connectOpen = mockConnectOpen,
};
static const virPluginNetworkDriver mockNetwork = {
    .hdr = MOCK_HDR(virPluginNetworkDriver), .name = "mock",
};
static const char *const mockSchemes[] = { "mock", NULL };
static const virConnectDriver mockDriver = {
    .name = "mock", .uriSchemes = mockSchemes, .localOnly = true,
    .hypervisor = &mockHypervisor, .network = &mockNetwork,
};

static GHashTable *expected;         /* case name -> GStrv of its row */

static void
testEntryCase(gconstpointer data)
{
    const virTestEntryCase *c = data;
    GStrv row = g_hash_table_lookup(expected, c->name);
    virErrorPtr err;

    g_assert_nonnull(row);
    err = virTestEntryRun(c);
    g_assert_nonnull(err);
    if (!row || !err)
        return;
    if (g_str_equal(row[1], "pass")) {
        /* through to the driver, which has nothing */
        if (err->code != VIR_ERR_NO_SUPPORT)
            g_printerr("%s: refused: %s\n", c->name, err->message);
        g_assert_cmpint(err->code, ==, VIR_ERR_NO_SUPPORT);
        return;
    }
    g_assert_cmpuint(g_strv_length(row), ==, 6);
    if (g_strv_length(row) != 6)
        return;
    if (g_strcmp0(err->message, row[3]) != 0)
        g_printerr("%s: expected '%s', got '%s'\n", c->name, row[3], err->message);
    g_assert_cmpstr(err->message, ==, row[3]);
    g_assert_cmpint(err->code, ==, atoi(row[1]));
    g_assert_cmpint(err->domain, ==, atoi(row[2]));
    g_assert_cmpstr(err->str1 ? err->str1 : "-", ==, row[4]);
    g_assert_cmpstr(err->str2 ? err->str2 : "-", ==, row[5]);
}

/* every case has a recorded answer and every answer a case */
static void
testEntryCoverage(void)
{
    g_assert_cmpuint(g_hash_table_size(expected), ==, G_N_ELEMENTS(virTestEntryCases));
}

int
main(int argc, char **argv)
{
    static const unsigned char uuid[VIR_UUID_BUFLEN] = { 1 };
    g_autofree char *path = NULL;
    g_autoptr(GPtrArray) lines = NULL;
    size_t i;

    g_test_init(&argc, &argv, NULL);
    /* report every case that differs, not only the first */
    g_test_set_nonfatal_assertions();
    virSetErrorFunc(NULL, virTestEntryQuiet);
    g_assert_cmpint(virRegisterConnectDriver(&mockDriver), ==, 0);
    virTestEntryInitScratch(&ctx);
    ctx.conn = virConnectOpen("mock:///");
    ctx.roconn = virConnectOpenReadOnly("mock:///");
    g_assert_nonnull(ctx.conn);
    g_assert_nonnull(ctx.roconn);
    ctx.dom = virGetDomain(ctx.conn, "test", uuid, 1);
    ctx.domro = virGetDomain(ctx.roconn, "test", uuid, 1);
    ctx.net = virGetNetwork(ctx.conn, "default", uuid);
    ctx.netro = virGetNetwork(ctx.roconn, "default", uuid);
    ctx.pool = virGetStoragePool(ctx.conn, "default-pool", uuid, NULL, NULL);
    ctx.vol = virGetStorageVol(ctx.conn, "default-pool", "v1", "/default-pool/v1", NULL, NULL);
    ctx.volro = virGetStorageVol(ctx.roconn, "default-pool", "v1", "/default-pool/v1", NULL, NULL);
    ctx.snap = virGetDomainSnapshot(ctx.dom, "s1");
    ctx.snapro = virGetDomainSnapshot(ctx.domro, "s1");
    ctx.mixed[0] = ctx.dom;
    ctx.mixed[1] = ctx.domro;

    path = virTestDataPath("apientrydata", "libvirt-9.0", ".tsv");
    lines = virTestReadLines(path);
    expected = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_strfreev);
    for (i = 0; i < lines->len; i++) {
        GStrv row = g_strsplit(g_ptr_array_index(lines, i), "\t", -1);

        g_assert_false(g_hash_table_contains(expected, row[0]));
        g_hash_table_insert(expected, row[0], row);
    }

    g_test_add_func("/api/entryflags/coverage", testEntryCoverage);
    for (i = 0; i < G_N_ELEMENTS(virTestEntryCases); i++) {
        g_autofree char *name = g_strdup_printf("/api/entryflags/%s", virTestEntryCases[i].name);

        g_test_add_data_func(name, &virTestEntryCases[i], testEntryCase);
    }
    return g_test_run();
}

#endif /* !VIR_TEST_RECORD */
