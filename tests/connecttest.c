/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * connecttest.c: opening connections, references, versions, accessors
 */
#include <config.h>

#include <stdlib.h>

#include "internal.h"
#include "datatypes.h"
#include "virdriver.h"
#include "virerror.h"

static int closeCalls;

static int
okOpen(virConnectPtr conn, virConnectAuthPtr auth G_GNUC_UNUSED,
       unsigned int flags G_GNUC_UNUSED)
{
    conn->privateData = (void *)"state";
    return VIR_DRV_OPEN_SUCCESS;
}

static int
okClose(virConnectPtr conn)
{
    g_assert_cmpstr(conn->privateData, ==, "state");
    closeCalls++;
    return 0;
}

static int
declineOpen(virConnectPtr conn G_GNUC_UNUSED, virConnectAuthPtr auth G_GNUC_UNUSED,
            unsigned int flags G_GNUC_UNUSED)
{
    return VIR_DRV_OPEN_DECLINED;
}

#define VIR_FROM_THIS VIR_FROM_TEST
static int
failOpen(virConnectPtr conn G_GNUC_UNUSED, virConnectAuthPtr auth G_GNUC_UNUSED,
         unsigned int flags G_GNUC_UNUSED)
{
    virReportError(VIR_ERR_INVALID_ARG, "%s", "testOpen: supply a path or use test:///default");
    return VIR_DRV_OPEN_ERROR;
}

static const char *
okGetType(virConnectPtr conn G_GNUC_UNUSED)
{
    return "OKTYPE";
}

#define HDR(type) { sizeof(type), 1, 0 }
static const virPluginHypervisorDriver okHV = {
    .hdr = HDR(virPluginHypervisorDriver), .name = "ok", .connectOpen = okOpen,
    .connectClose = okClose,
};
static const virPluginHypervisorDriver typedHV = {
    .hdr = HDR(virPluginHypervisorDriver), .name = "typed", .connectOpen = okOpen,
    .connectClose = okClose, .connectGetType = okGetType,
};
/* a table from an older writer: its size ends before connectClose */
static const virPluginHypervisorDriver shortHV = {
    .hdr = { G_STRUCT_OFFSET(virPluginHypervisorDriver, connectClose), 1, 0 },
    .name = "short", .connectOpen = okOpen, .connectClose = okClose,
    .connectGetHostname = (char *(*)(virConnectPtr))okGetType,
};
static const virPluginHypervisorDriver declineHV = {
    .hdr = HDR(virPluginHypervisorDriver), .name = "decline", .connectOpen = declineOpen,
};
static const virPluginHypervisorDriver failHV = {
    .hdr = HDR(virPluginHypervisorDriver), .name = "fail", .connectOpen = failOpen,
};

static const char *const okSchemes[] = { "ok", "multi", NULL };
static const char *const typedSchemes[] = { "typed", NULL };
static const char *const shortSchemes[] = { "short", NULL };
static const char *const declineSchemes[] = { "multi", "decline", NULL };
static const char *const failSchemes[] = { "fail", NULL };

/* "decline" is registered first for "multi", so "ok" gets it after it declines */
static const virConnectDriver declineDriver = { "decline", declineSchemes, false, &declineHV };
static const virConnectDriver okDriver = { "ok", okSchemes, true, &okHV };
static const virConnectDriver typedDriver = { "typed", typedSchemes, false, &typedHV };
static const virConnectDriver shortDriver = { "short", shortSchemes, false, &shortHV };
static const virConnectDriver failDriver = { "fail", failSchemes, false, &failHV };

static void
silent(void *data G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

static void
testOpenClose(void)
{
    virConnectPtr conn = virConnectOpen("ok:///x");
    g_autofree char *uri = NULL;

    g_assert_nonnull(conn);
    uri = virConnectGetURI(conn);
    g_assert_cmpstr(uri, ==, "ok:///x");
    closeCalls = 0;
    g_assert_cmpint(virConnectRef(conn), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 1);
    g_assert_cmpint(closeCalls, ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    g_assert_cmpint(closeCalls, ==, 1);
}

/* Objects keep their connection alive; the driver closes with the last one. */
static void
testObjectsHoldConnection(void)
{
    static const unsigned char uuid[VIR_UUID_BUFLEN] = { 0x66, 0x95 };
    virConnectPtr conn = virConnectOpen("ok:///");
    virDomainPtr dom;
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    unsigned char raw[VIR_UUID_BUFLEN];

    closeCalls = 0;
    dom = virGetDomain(conn, "demo", uuid, 7);
    g_assert_nonnull(dom);
    g_assert_cmpint(virConnectClose(conn), ==, 1);
    g_assert_cmpint(closeCalls, ==, 0);

    g_assert_cmpstr(virDomainGetName(dom), ==, "demo");
    g_assert_cmpuint(virDomainGetID(dom), ==, 7);
    g_assert_true(virDomainGetConnect(dom) == conn);
    g_assert_cmpint(virDomainGetUUIDString(dom, uuidstr), ==, 0);
    g_assert_cmpstr(uuidstr, ==, "66950000-0000-0000-0000-000000000000");
    g_assert_cmpint(virDomainGetUUID(dom, raw), ==, 0);
    g_assert_cmpmem(raw, sizeof(raw), uuid, sizeof(uuid));

    g_assert_cmpint(virDomainRef(dom), ==, 0);
    g_assert_cmpint(virDomainFree(dom), ==, 0);
    g_assert_cmpint(closeCalls, ==, 0);
    g_assert_cmpint(virDomainFree(dom), ==, 0);
    g_assert_cmpint(closeCalls, ==, 1);
}

static void
testOpenErrors(void)
{
    /* libvirt's message, then why: no plugin provides the scheme */
    g_assert_null(virConnectOpen("nosuch:///system"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);
    g_assert_true(g_str_has_prefix(virGetLastErrorMessage(),
                                   "no connection driver available for nosuch:///system: "
                                   "no installed hypervisor plugin provides the URI scheme 'nosuch' (searched "));

    g_assert_null(virConnectOpen("haos"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "no connection driver available for URI 'haos' does not include a driver name");

    /* a driver's own error is what the user sees */
    g_assert_null(virConnectOpen("fail:///"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_TEST);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "invalid argument: testOpen: supply a path or use test:///default");

    /* local-only drivers refuse URIs naming a host; transports need the remote driver */
    g_assert_null(virConnectOpen("ok://elsewhere/"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);
    g_assert_null(virConnectOpen("ok+ssh://host/"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);

    g_assert_cmpint(virConnectClose(NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_CONN);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_NONE);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "invalid connection pointer in virConnectClose");
}

static void
testDeclineThenNext(void)
{
    virConnectPtr conn = virConnectOpen("multi:///");

    g_assert_nonnull(conn);
    g_assert_cmpstr(virConnectGetType(conn), ==, "ok");
    virConnectClose(conn);
}

static void
testDefaultURI(void)
{
    virConnectPtr conn;
    g_autofree char *uri = NULL;

    g_setenv("LIBVIRT_DEFAULT_URI", "ok:///from-env", TRUE);
    conn = virConnectOpen(NULL);
    g_assert_nonnull(conn);
    uri = virConnectGetURI(conn);
    g_assert_cmpstr(uri, ==, "ok:///from-env");
    virConnectClose(conn);

    conn = virConnectOpen("");
    g_assert_nonnull(conn);
    virConnectClose(conn);
    g_unsetenv("LIBVIRT_DEFAULT_URI");
}

static void
testReadOnly(void)
{
    virConnectPtr conn = virConnectOpenReadOnly("ok:///");
    virConnectPtr conn2 = virConnectOpenAuth("ok:///", virConnectAuthPtrDefault, VIR_CONNECT_RO);

    g_assert_nonnull(conn);
    g_assert_nonnull(conn2);
    g_assert_null(virDomainDefineXML(conn, "<domain/>"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_DENIED);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_DOMAIN);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "operation forbidden: read only access prevents virDomainDefineXML");
    g_assert_null(virNetworkCreateXML(conn2, "<network/>"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_DENIED);
    /* reading is allowed: the driver simply lacks the callback */
    g_assert_null(virConnectGetHostname(conn));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    virConnectClose(conn);
    virConnectClose(conn2);
}

static void
testVersions(void)
{
    unsigned long lib = 0, type = 0;
    virConnectPtr conn = virConnectOpen("typed:///");

    g_assert_cmpint(virGetVersion(&lib, NULL, NULL), ==, 0);
    g_assert_cmpuint(lib, ==, 9000000);
    g_assert_cmpint(virGetVersion(&lib, "Test", &type), ==, 0);
    g_assert_cmpuint(type, ==, 9000000);
    g_assert_cmpint(virGetVersion(NULL, NULL, NULL), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "An error occurred, but the cause is unknown");

    lib = 0;
    g_assert_cmpint(virConnectGetLibVersion(conn, &lib), ==, 0);
    g_assert_cmpuint(lib, ==, 9000000);
    g_assert_cmpint(virConnectGetLibVersion(conn, NULL), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "libVer in virConnectGetLibVersion must not be NULL");
    g_assert_cmpstr(virConnectGetType(conn), ==, "OKTYPE");
    g_assert_cmpint(virInitialize(), ==, 0);
    virConnectClose(conn);
}

/* A table shorter than ours is never read past its size. */
static void
testShortTable(void)
{
    virConnectPtr conn = virConnectOpen("short:///");

    g_assert_nonnull(conn);
    closeCalls = 0;
    g_assert_null(virConnectGetHostname(conn));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    virConnectClose(conn);
    g_assert_cmpint(closeCalls, ==, 0);
}

static int closeCbCalls;

static void
closeCb(virConnectPtr conn G_GNUC_UNUSED, int reason G_GNUC_UNUSED, void *opaque G_GNUC_UNUSED)
{
}

static void
otherCloseCb(virConnectPtr conn G_GNUC_UNUSED, int reason G_GNUC_UNUSED,
             void *opaque G_GNUC_UNUSED)
{
}

static void
closeFree(void *opaque)
{
    g_assert_cmpstr(opaque, ==, "opaque");
    closeCbCalls++;
}

static void
testCloseCallback(void)
{
    virConnectPtr conn = virConnectOpen("ok:///");

    closeCbCalls = 0;
    g_assert_cmpint(virConnectRegisterCloseCallback(conn, closeCb, (void *)"opaque", closeFree), ==, 0);
    g_assert_cmpint(virConnectRegisterCloseCallback(conn, closeCb, NULL, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_INVALID);
    g_assert_cmpint(virConnectUnregisterCloseCallback(conn, otherCloseCb), ==, -1);
    g_assert_cmpint(virConnectUnregisterCloseCallback(conn, closeCb), ==, 0);
    g_assert_cmpint(closeCbCalls, ==, 1);
    g_assert_cmpint(virConnectRegisterCloseCallback(conn, closeCb, (void *)"opaque", closeFree), ==, 0);
    virConnectClose(conn);
    g_assert_cmpint(closeCbCalls, ==, 2);
}

static gpointer
refWorker(gpointer data)
{
    virDomainPtr dom = data;
    int i;

    for (i = 0; i < 10000; i++) {
        virDomainRef(dom);
        virDomainFree(dom);
    }
    return NULL;
}

static void
testConcurrentRefs(void)
{
    static const unsigned char uuid[VIR_UUID_BUFLEN] = { 0 };
    virConnectPtr conn = virConnectOpen("ok:///");
    virDomainPtr dom = virGetDomain(conn, "d", uuid, -1);
    GThread *threads[4];
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        threads[i] = g_thread_new("ref", refWorker, dom);
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        g_thread_join(threads[i]);
    g_assert_cmpint(virObjectRefCount(dom), ==, 1);
    g_assert_cmpint(virObjectRefCount(conn), ==, 2);
    virDomainFree(dom);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}

/* Handles the library did not make, or already freed, are refused. */
static void
testInvalidHandles(void)
{
    static const unsigned char uuid[VIR_UUID_BUFLEN] = { 0 };
    virConnectPtr conn = virConnectOpen("ok:///");
    virNetworkPtr net = virGetNetwork(conn, "n", uuid);
    char notAnObject[64] = { 0 };

    g_assert_cmpint(virDomainGetInfo((virDomainPtr)net, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_DOMAIN);
    g_assert_null(virDomainGetName((virDomainPtr)notAnObject));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_DOMAIN);
    g_assert_null(virGetDomain(conn, NULL, uuid, 1));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_null(virDomainLookupByUUIDString(conn, "not-a-uuid"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "Invalid UUID");
    g_assert_null(virDomainLookupByUUIDString(conn, " 6695eb01-f6a4-8304-79aa-97f2502e193f "));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "this function is not supported by the connection driver: virDomainLookupByUUID");
    g_assert_null(virNetworkLookupByUUIDString(conn, "zz"));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "uuidstr in virNetworkLookupByUUIDString must be a valid UUID");
    virNetworkFree(net);
    virConnectClose(conn);
}

/* Scalar arguments are checked as libvirt checks them. */
static void
testScalarChecks(void)
{
    static const unsigned char uuid[VIR_UUID_BUFLEN] = { 0 };
    virConnectPtr conn = virConnectOpen("ok:///");
    virDomainPtr dom = virGetDomain(conn, "d", uuid, 1);
    unsigned char cpumap[1] = { 1 };
    int nparams = 0;
    virTypedParameter params[1];

    g_assert_cmpint(virDomainSetMemory(dom, 0), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "memory in virDomainSetMemory must not be zero");
    g_assert_cmpint(virDomainPinVcpu(dom, 0, cpumap, 0), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "maplen in virDomainPinVcpu must be greater than zero");
    g_assert_cmpint(virDomainGetSchedulerParameters(dom, params, &nparams), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "*nparams in virDomainGetSchedulerParameters must be greater than zero");
    g_assert_cmpint(virDomainSetVcpus(dom, 0), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "nvcpus in virDomainSetVcpus must not be zero");
    /* with valid values, the (missing) driver is what answers */
    g_assert_cmpint(virDomainSetMemory(dom, 1024), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    virDomainFree(dom);
    virConnectClose(conn);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    virSetErrorFunc(NULL, silent);
    virRegisterConnectDriver(&declineDriver);
    virRegisterConnectDriver(&okDriver);
    virRegisterConnectDriver(&typedDriver);
    virRegisterConnectDriver(&shortDriver);
    virRegisterConnectDriver(&failDriver);
    g_assert_cmpint(virRegisterConnectDriver(&okDriver), ==, -1);

    g_test_add_func("/connect/open-close", testOpenClose);
    g_test_add_func("/connect/objects-hold-connection", testObjectsHoldConnection);
    g_test_add_func("/connect/open-errors", testOpenErrors);
    g_test_add_func("/connect/decline-then-next", testDeclineThenNext);
    g_test_add_func("/connect/default-uri", testDefaultURI);
    g_test_add_func("/connect/read-only", testReadOnly);
    g_test_add_func("/connect/versions", testVersions);
    g_test_add_func("/connect/short-table", testShortTable);
    g_test_add_func("/connect/close-callback", testCloseCallback);
    g_test_add_func("/connect/concurrent-refs", testConcurrentRefs);
    g_test_add_func("/connect/invalid-handles", testInvalidHandles);
    g_test_add_func("/connect/scalar-checks", testScalarChecks);
    return g_test_run();
}
