/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * apichecktest.c: every public entry point checks its arguments as
 * libvirt 9.0 does
 *
 * tests/apicheckdata/libvirt-9.0-entry-checks.tsv records what libvirt 9.0
 * answered, function by function: the error for a NULL handle, whether a
 * read-only connection is refused, which pointer arguments must not be
 * NULL, and the "not supported" error.  This test makes the same calls on a
 * connection whose driver has no callbacks at all, and compares.
 */
#include <config.h>

#include <string.h>

#include "internal.h"
#include "datatypes.h"
#include "virdriver.h"
#include "testutils.h"

typedef struct {
    const char *name;
    void (*call)(void *h, void *fill, int nullArg);
    const char *handleType;
    int handleIdx;
    int nargs;
    unsigned int ptrmask;            /* bit i: argument i is a pointer */
    unsigned int validmask;          /* bit i: argument i is a second handle ("@") */
    unsigned int condmask;           /* bit i: argument i is needed only with a count ("![n]") */
    const char *kind;
    const char *args[20];
} virTestAPICall;

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#pragma GCC diagnostic ignored "-Wcast-function-type"
#include "apicalls.h"

/* ---- a driver that serves mock:/// and implements nothing --------------- */

static int
mockConnectOpen(virConnectPtr conn, virConnectAuthPtr auth G_GNUC_UNUSED,
                unsigned int flags G_GNUC_UNUSED)
{
    return g_str_equal(conn->uri->scheme, "mock") ? VIR_DRV_OPEN_SUCCESS : VIR_DRV_OPEN_DECLINED;
}

#define MOCK_HDR(type) { sizeof(type), 1, 0 }
static const virPluginHypervisorDriver mockHypervisor = {
    .hdr = MOCK_HDR(virPluginHypervisorDriver), .name = "mock", .connectOpen = mockConnectOpen,
};
static const virPluginNetworkDriver mockNetwork = { .hdr = MOCK_HDR(virPluginNetworkDriver), .name = "mock" };
static const virPluginStorageDriver mockStorage = { .hdr = MOCK_HDR(virPluginStorageDriver), .name = "mock" };
static const virPluginInterfaceDriver mockInterface = { .hdr = MOCK_HDR(virPluginInterfaceDriver), .name = "mock" };
static const virPluginNodeDeviceDriver mockNodeDevice = { .hdr = MOCK_HDR(virPluginNodeDeviceDriver), .name = "mock" };
static const virPluginNWFilterDriver mockNWFilter = { .hdr = MOCK_HDR(virPluginNWFilterDriver), .name = "mock" };
static const virPluginSecretDriver mockSecret = { .hdr = MOCK_HDR(virPluginSecretDriver), .name = "mock" };
static const char *const mockSchemes[] = { "mock", NULL };
static const virConnectDriver mockDriver = {
    .name = "mock", .uriSchemes = mockSchemes, .localOnly = true,
    .hypervisor = &mockHypervisor, .network = &mockNetwork, .storage = &mockStorage,
    .interface = &mockInterface, .nodeDevice = &mockNodeDevice, .nwfilter = &mockNWFilter,
    .secret = &mockSecret,
};

/* One handle of every type, on a read-write and on a read-only connection. */
typedef struct {
    virConnectPtr conn;
    virDomainPtr dom;
    virNetworkPtr net;
    virNetworkPortPtr port;
    virInterfacePtr iface;
    virStoragePoolPtr pool;
    virStorageVolPtr vol;
    virNodeDevicePtr dev;
    virSecretPtr secret;
    virNWFilterPtr nwfilter;
    virNWFilterBindingPtr binding;
    virStreamPtr stream;
    virDomainSnapshotPtr snapshot;
    virDomainCheckpointPtr checkpoint;
} virTestHandles;

static virTestHandles rw, ro;
static GHashTable *oracle;           /* function -> GStrv of the row */
static union {                        /* what non-NULL pointer arguments point at */
    char bytes[65536];
    void *ptrs[8192];
} fillBuffer;

static void
virTestMakeHandles(virTestHandles *h, bool readonly)
{
    static const unsigned char uuid[VIR_UUID_BUFLEN] = { 1 };

    h->conn = readonly ? virConnectOpenReadOnly("mock:///") : virConnectOpen("mock:///");
    g_assert_nonnull(h->conn);
    h->dom = virGetDomain(h->conn, "d", uuid, 1);
    h->net = virGetNetwork(h->conn, "n", uuid);
    h->port = virGetNetworkPort(h->net, uuid);
    h->iface = virGetInterface(h->conn, "eth0", "52:54:00:00:00:01");
    h->pool = virGetStoragePool(h->conn, "p", uuid, NULL, NULL);
    h->vol = virGetStorageVol(h->conn, "p", "v", "/p/v", NULL, NULL);
    h->dev = virGetNodeDevice(h->conn, "computer");
    h->secret = virGetSecret(h->conn, uuid, VIR_SECRET_USAGE_TYPE_NONE, NULL);
    h->nwfilter = virGetNWFilter(h->conn, "f", uuid);
    h->binding = virGetNWFilterBinding(h->conn, "vnet0", "f");
    h->stream = virStreamNew(h->conn, 0);
    h->snapshot = virGetDomainSnapshot(h->dom, "s");
    h->checkpoint = virGetDomainCheckpoint(h->dom, "c");
}

static void *
virTestHandleFor(const virTestHandles *h, const char *type)
{
    static const struct {
        const char *type;
        size_t offset;
    } map[] = {
        { "virConnectPtr", G_STRUCT_OFFSET(virTestHandles, conn) },
        { "virDomainPtr", G_STRUCT_OFFSET(virTestHandles, dom) },
        { "virDomainPtr *", G_STRUCT_OFFSET(virTestHandles, dom) },
        { "virNetworkPtr", G_STRUCT_OFFSET(virTestHandles, net) },
        { "virNetworkPortPtr", G_STRUCT_OFFSET(virTestHandles, port) },
        { "virInterfacePtr", G_STRUCT_OFFSET(virTestHandles, iface) },
        { "virStoragePoolPtr", G_STRUCT_OFFSET(virTestHandles, pool) },
        { "virStorageVolPtr", G_STRUCT_OFFSET(virTestHandles, vol) },
        { "virNodeDevicePtr", G_STRUCT_OFFSET(virTestHandles, dev) },
        { "virSecretPtr", G_STRUCT_OFFSET(virTestHandles, secret) },
        { "virNWFilterPtr", G_STRUCT_OFFSET(virTestHandles, nwfilter) },
        { "virNWFilterBindingPtr", G_STRUCT_OFFSET(virTestHandles, binding) },
        { "virStreamPtr", G_STRUCT_OFFSET(virTestHandles, stream) },
        { "virDomainSnapshotPtr", G_STRUCT_OFFSET(virTestHandles, snapshot) },
        { "virDomainCheckpointPtr", G_STRUCT_OFFSET(virTestHandles, checkpoint) },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(map); i++) {
        if (g_str_equal(map[i].type, type))
            return G_STRUCT_MEMBER(void *, h, map[i].offset);
    }
    g_error("no test handle of type %s", type);
    return NULL;
}

static bool
virTestIsNumber(const char *s)
{
    return s && *s && strspn(s, "0123456789") == strlen(s);
}

/* Makes the call with a fresh error, returning the error left (or NULL). */
static virErrorPtr
virTestCall(const virTestAPICall *api, void *h, int nullArg)
{
    /* non-zero everywhere, and a NUL at the end for what reads a string */
    memset(&fillBuffer, 1, sizeof(fillBuffer));
    fillBuffer.bytes[sizeof(fillBuffer.bytes) - 1] = '\0';
    virResetLastError();
    api->call(h, &fillBuffer, nullArg);
    return virGetLastError();
}

/* The name errors carry: libvirt reports its old alias under the new name. */
static const char *
virTestReportedName(const char *name)
{
    if (g_str_equal(name, "virDomainCreateLinux"))
        return "virDomainCreateXML";
    return name;
}

static void
testEntryChecks(gconstpointer data)
{
    const virTestAPICall *api = data;
    const char *reported = virTestReportedName(api->name);
    GStrv row = g_hash_table_lookup(oracle, api->name);
    g_auto(GStrv) required = NULL;
    bool core = g_str_equal(api->kind, "core");
    virErrorPtr err;
    int i;

    if (!row) {
        g_test_skip("no observation of libvirt 9.0 recorded");
        return;
    }
    required = g_strsplit(g_str_equal(row[2], "-") || g_str_equal(row[2], "?") ? "" : row[2],
                          ",", -1);

    /* 1. NULL handle: the same code, domain and message as libvirt */
    if (api->handleIdx >= 0 && virTestIsNumber(row[3])) {
        err = virTestCall(api, NULL, -1);
        g_assert_nonnull(err);
        g_assert_cmpint(err->code, ==, atoi(row[3]));
        g_assert_cmpint(err->domain, ==, atoi(row[4]));
        g_assert_cmpstr(err->message, ==, row[5]);
    }
    if (api->handleIdx < 0)
        return;

    /* 2. read-only connections refuse what libvirt refuses, and only that (not
     * observable when a second handle is checked first: the filler is none;
     * a "+check" function may refuse them for some arguments only, as
     * virDomainInterfaceAddresses does for source 1, the agent, or refuse
     * the filler's values before the read-only check, as "W+check" ones may:
     * virDomainOpenGraphics wants a socket, not descriptor 1; those are
     * apientrytest's) */
    if (g_str_equal(row[1], "denied") && !api->validmask &&
        !g_str_has_prefix(api->kind, "W+check")) {
        err = virTestCall(api, virTestHandleFor(&ro, api->handleType), -1);
        g_assert_nonnull(err);
        g_assert_cmpint(err->code, ==, VIR_ERR_OPERATION_DENIED);
        g_assert_true(g_str_has_suffix(err->message, reported));
    } else if (g_str_equal(row[1], "allowed") && !core && !strstr(api->kind, "check")) {
        err = virTestCall(api, virTestHandleFor(&ro, api->handleType), -1);
        g_assert_true(!err || err->code != VIR_ERR_OPERATION_DENIED);
    }

    /* 3. exactly libvirt's required pointers are refused when NULL */
    for (i = 0; i < api->nargs; i++) {
        bool isRequired = g_strv_contains((const char *const *)required, api->args[i]);
        g_autofree char *expect = NULL;

        if (i == api->handleIdx || !(api->ptrmask & (1u << i)))
            continue;
        if (!isRequired && (core || g_str_equal(row[2], "?")))
            continue;   /* a core call would go on and use the other arguments */
        if (!isRequired && ((api->condmask & (1u << i)) || strstr(api->kind, "check")))
            continue;   /* needed or not by the filler's counts and flags: apientrytest's */
        err = virTestCall(api, virTestHandleFor(&rw, api->handleType), i);
        expect = g_strdup_printf("%s in %s must not be NULL", api->args[i], reported);
        if (isRequired) {
            g_assert_nonnull(err);
            g_assert_cmpint(err->code, ==, VIR_ERR_INVALID_ARG);
            g_assert_cmpstr(err->message, ==, expect);
        } else {
            g_assert_true(!err || g_strcmp0(err->message, expect) != 0);
        }
    }

    /* 4. a driver without the callback: "not supported", named as libvirt names it
     * (unless the core itself answers for a missing callback, or "+check"
     * or a second handle ("@") is checked: the filler here is no object) */
    if (!core && !strstr(api->kind, "fallback") && !strstr(api->kind, "check") &&
        !api->validmask) {
        err = virTestCall(api, virTestHandleFor(&rw, api->handleType), -1);
        g_assert_nonnull(err);
        /* the filler's bytes make no NUL-terminated typed parameter name */
        if (g_strcmp0(err->str1, "virTypedParameterValidateSet") == 0)
            return;
        g_assert_cmpint(err->code, ==, VIR_ERR_NO_SUPPORT);
        /* "3/12" came from libvirt's test driver, not from its entry point */
        if (g_str_has_prefix(row[6], "3/") && !g_str_has_prefix(row[6], "3/12:")) {
            const char *msg = strstr(row[6], ": ") + 2;

            g_assert_cmpint(err->domain, ==, atoi(row[6] + 2));
            g_assert_cmpstr(err->message, ==, msg);
        } else {
            g_autofree char *expect = g_strdup_printf(
                "this function is not supported by the connection driver: %s", api->name);

            g_assert_cmpstr(err->message, ==, expect);
        }
    }
}

static void
testAllFunctionsCovered(void)
{
    g_assert_cmpuint(G_N_ELEMENTS(virTestAPICalls), ==, 516);
    g_assert_cmpuint(g_hash_table_size(oracle), ==, 516);
}

static void
virTestSilentErrors(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

int
main(int argc, char **argv)
{
    g_autofree char *path = NULL;
    g_autoptr(GPtrArray) lines = NULL;
    size_t i;

    g_test_init(&argc, &argv, NULL);
    virSetErrorFunc(NULL, virTestSilentErrors);
    g_assert_cmpint(virRegisterConnectDriver(&mockDriver), ==, 0);
    virTestMakeHandles(&rw, false);
    virTestMakeHandles(&ro, true);

    path = virTestDataPath("apicheckdata", "libvirt-9.0-entry-checks", ".tsv");
    lines = virTestReadLines(path);
    oracle = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_strfreev);
    for (i = 0; i < lines->len; i++) {
        GStrv row = g_strsplit(g_ptr_array_index(lines, i), "\t", -1);

        g_assert_cmpuint(g_strv_length(row), ==, 7);
        g_hash_table_insert(oracle, row[0], row);
    }

    g_test_add_func("/api/entry/coverage", testAllFunctionsCovered);
    for (i = 0; i < G_N_ELEMENTS(virTestAPICalls); i++) {
        g_autofree char *name = g_strdup_printf("/api/entry/%s", virTestAPICalls[i].name);

        g_test_add_data_func(name, &virTestAPICalls[i], testEntryChecks);
    }
    return g_test_run();
}
