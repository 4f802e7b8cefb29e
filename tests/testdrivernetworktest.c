/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * testdrivernetworktest.c: networks and host interfaces of the test
 * hypervisor plugin, through the public API only
 *
 * Every expected value, error code, error domain and message is what
 * libvirt 9.0's test driver answers to the same calls.  The program uses
 * nothing but <libvirt/libvirt.h> and GLib, so it can be built against
 * libvirt itself to check the expectations (with an empty config.h):
 *   cc -I<dir with config.h> $(pkg-config --cflags glib-2.0 libvirt) \
 *      testdrivernetworktest.c $(pkg-config --libs glib-2.0 libvirt)
 *
 * Network events are in testdrivereventtest.c.  Not covered, because the
 * plugin does not do it: virNetworkUpdate.  Schema failures are checked by
 * code and start of message: the rest lists our schema's findings.
 */
#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#define DEFAULT_NETWORK_UUID "dd8fe884-6c02-601e-7551-cca97df1c5df"

static const char defaultNetworkXML[] =
    "<network>\n"
    "  <name>default</name>\n"
    "  <uuid>" DEFAULT_NETWORK_UUID "</uuid>\n"
    "  <forward mode='nat'/>\n"
    "  <bridge name='virbr0' stp='on' delay='0'/>\n"
    "  <ip address='192.168.122.1' netmask='255.255.255.0'>\n"
    "    <dhcp>\n"
    "      <range start='192.168.122.2' end='192.168.122.254'/>\n"
    "    </dhcp>\n"
    "  </ip>\n"
    "</network>\n";

static const char defaultInterfaceXML[] =
    "<interface type='ethernet' name='eth1'>\n"
    "  <start mode='onboot'/>\n"
    "  <mtu size='1492'/>\n"
    "  <protocol family='ipv4'>\n"
    "    <ip address='192.168.0.5' prefix='24'/>\n"
    "    <route gateway='192.168.0.1'/>\n"
    "  </protocol>\n"
    "  <mac address='aa:bb:cc:dd:ee:ff'/>\n"
    "</interface>\n";

#define N1_UUID "11111111-2222-3333-4444-555555555555"
#define N1_XML(bridge) \
    "<network><name>n1</name><uuid>" N1_UUID "</uuid><bridge name='" bridge "'/></network>"
#define N1_FORMATTED(bridge) \
    "<network>\n" \
    "  <name>n1</name>\n" \
    "  <uuid>" N1_UUID "</uuid>\n" \
    "  <bridge name='" bridge "' stp='on' delay='0'/>\n" \
    "</network>\n"

#define T1_UUID "aaaaaaaa-2222-3333-4444-555555555555"
#define T1_XML "<network><name>t1</name><uuid>" T1_UUID "</uuid></network>"
#define T1_FORMATTED \
    "<network>\n" \
    "  <name>t1</name>\n" \
    "  <uuid>" T1_UUID "</uuid>\n" \
    "  <bridge stp='on' delay='0'/>\n" \
    "</network>\n"


/* ---- helpers -------------------------------------------------------------------- */

static void
testSilentError(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

#define EXPECT_ERROR(code, domain, message) \
    testExpectError(G_STRLOC, (code), (domain), (message))

/* The calling thread's last error must be exactly this one. */
static void
testExpectError(const char *where, int code, int domain, const char *message)
{
    virErrorPtr err = virGetLastError();

    if (!err || err->code != code || err->domain != domain ||
        g_strcmp0(err->message, message) != 0)
        g_error("%s: expected error %d (domain %d) \"%s\", got %d (domain %d) \"%s\"",
                where, code, domain, message, err ? err->code : 0,
                err ? err->domain : 0, err ? err->message : "(no error)");
    virResetLastError();
}

static virConnectPtr
testOpen(const char *uri)
{
    virConnectPtr conn = virConnectOpen(uri);

    if (!conn) {
        virErrorPtr err = virGetLastError();

        g_error("cannot open %s: %s", uri, err ? err->message : "(no error)");
    }
    return conn;
}

static void
testClose(virConnectPtr conn)
{
    /* no handle of the tests outlives its test: the state goes with the
     * last connection */
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}

static gint
testCompareStrings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in @names (@n of them, malloc()ed; freed here with the
 * g_new()ed array of n + 1), sorted, joined by ' '. */
static char *
testJoinNames(char **names, int n)
{
    char *ret;
    int i;

    g_assert_cmpint(n, >=, 0);
    names[n] = NULL;
    qsort(names, n, sizeof(*names), testCompareStrings);
    ret = g_strjoinv(" ", names);
    for (i = 0; i < n; i++)
        free(names[i]);
    g_free(names);
    return ret;
}

/* virConnectListAllNetworks(@flags), as sorted names; checks the count
 * answered without an array too. */
static char *
testAllNetworks(virConnectPtr conn, unsigned int flags)
{
    virNetworkPtr *nets = NULL;
    int n = virConnectListAllNetworks(conn, &nets, flags);
    char **names;
    int i;

    g_assert_cmpint(n, >=, 0);
    g_assert_cmpint(virConnectListAllNetworks(conn, NULL, flags), ==, n);
    g_assert_null(nets[n]);
    names = g_new0(char *, (size_t)MAX(n, 0) + 1);     /* (n >= 0 was asserted) */
    for (i = 0; i < n; i++) {
        names[i] = strdup(virNetworkGetName(nets[i]));
        virNetworkFree(nets[i]);
    }
    free(nets);
    return testJoinNames(names, n);
}

static char *
testAllInterfaces(virConnectPtr conn, unsigned int flags)
{
    virInterfacePtr *ifaces = NULL;
    int n = virConnectListAllInterfaces(conn, &ifaces, flags);
    char **names;
    int i;

    g_assert_cmpint(n, >=, 0);
    g_assert_cmpint(virConnectListAllInterfaces(conn, NULL, flags), ==, n);
    g_assert_null(ifaces[n]);
    names = g_new0(char *, (size_t)MAX(n, 0) + 1);     /* (n >= 0 was asserted) */
    for (i = 0; i < n; i++) {
        names[i] = strdup(virInterfaceGetName(ifaces[i]));
        virInterfaceFree(ifaces[i]);
    }
    free(ifaces);
    return testJoinNames(names, n);
}

/* virConnectListNetworks or virConnectListDefinedNetworks, sorted; the
 * count must be what virConnectNumOf*Networks says. */
static char *
testListNetworks(virConnectPtr conn, bool defined)
{
    int n = defined ? virConnectNumOfDefinedNetworks(conn) : virConnectNumOfNetworks(conn);
    char **names;
    int got;

    g_assert_cmpint(n, >=, 0);
    names = g_new0(char *, (size_t)MAX(n, 0) + 1);     /* (n >= 0 was asserted) */
    got = defined ? virConnectListDefinedNetworks(conn, names, n) :
                    virConnectListNetworks(conn, names, n);
    g_assert_cmpint(got, ==, n);
    return testJoinNames(names, got);
}

static char *
testListInterfaces(virConnectPtr conn, bool defined)
{
    int n = defined ? virConnectNumOfDefinedInterfaces(conn) :
                      virConnectNumOfInterfaces(conn);
    char **names;
    int got;

    g_assert_cmpint(n, >=, 0);
    names = g_new0(char *, (size_t)MAX(n, 0) + 1);     /* (n >= 0 was asserted) */
    got = defined ? virConnectListDefinedInterfaces(conn, names, n) :
                    virConnectListInterfaces(conn, names, n);
    g_assert_cmpint(got, ==, n);
    return testJoinNames(names, got);
}

/* Built against libvirt 9.0, whose test driver compares a missing MAC
 * address with g_ascii_strcasecmp() (see testNodeFile), a test gets a GLib
 * critical warning: part of the behaviour under test, not a failure. */
static gboolean
testFatalLog(const gchar *domain G_GNUC_UNUSED, GLogLevelFlags level G_GNUC_UNUSED,
             const gchar *message, gpointer data G_GNUC_UNUSED)
{
    return !strstr(message, "g_ascii_strcasecmp");
}

/* for the current test case only (GTest resets the handler per case) */
static void
testTolerateMACWarning(void)
{
    g_test_log_set_fatal_handler(testFatalLog, NULL);
}

#define CHECK_STR(expr, expected) \
    do { \
        char *s_ = (expr); \
        g_assert_cmpstr(s_, ==, (expected)); \
        free(s_); \
    } while (0)

/* g_free()d strings (the helpers above) */
#define CHECK_GSTR(expr, expected) \
    do { \
        char *s_ = (expr); \
        g_assert_cmpstr(s_, ==, (expected)); \
        g_free(s_); \
    } while (0)

static int
testAutostart(virNetworkPtr net)
{
    int autostart = -1;

    g_assert_cmpint(virNetworkGetAutostart(net, &autostart), ==, 0);
    return autostart;
}


/* ---- networks ------------------------------------------------------------------- */

static void
testNetworkDefault(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virNetworkPtr net = virNetworkLookupByName(conn, "default");
    virNetworkPtr byUUID;
    char uuid[VIR_UUID_STRING_BUFLEN];

    g_assert_nonnull(net);
    g_assert_cmpstr(virNetworkGetName(net), ==, "default");
    g_assert_cmpint(virNetworkGetUUIDString(net, uuid), ==, 0);
    g_assert_cmpstr(uuid, ==, DEFAULT_NETWORK_UUID);
    g_assert_cmpint(virNetworkIsActive(net), ==, 1);
    g_assert_cmpint(virNetworkIsPersistent(net), ==, 1);
    g_assert_cmpint(testAutostart(net), ==, 0);
    CHECK_STR(virNetworkGetBridgeName(net), "virbr0");
    CHECK_STR(virNetworkGetXMLDesc(net, 0), defaultNetworkXML);

    byUUID = virNetworkLookupByUUIDString(conn, DEFAULT_NETWORK_UUID);
    g_assert_nonnull(byUUID);
    g_assert_cmpstr(virNetworkGetName(byUUID), ==, "default");
    virNetworkFree(byUUID);

    g_assert_cmpint(virConnectNumOfNetworks(conn), ==, 1);
    g_assert_cmpint(virConnectNumOfDefinedNetworks(conn), ==, 0);
    CHECK_GSTR(testListNetworks(conn, false), "default");
    CHECK_GSTR(testListNetworks(conn, true), "");
    CHECK_GSTR(testAllNetworks(conn, 0), "default");

    /* libvirt 9.0's test driver takes no flag here, not even INACTIVE */
    g_assert_null(virNetworkGetXMLDesc(net, VIR_NETWORK_XML_INACTIVE));
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x1) in function testNetworkGetXMLDesc");
    g_assert_null(virNetworkGetXMLDesc(net, 2));
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x2) in function testNetworkGetXMLDesc");

    /* and it has no DHCP leases */
    g_assert_cmpint(virNetworkGetDHCPLeases(net, NULL, NULL, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_SUPPORT, VIR_FROM_NETWORK,
                 "this function is not supported by the connection driver: "
                 "virNetworkGetDHCPLeases");

    virNetworkFree(net);
    testClose(conn);
}

static void
testNetworkLookupErrors(void)
{
    virConnectPtr conn = testOpen("test:///default");

    g_assert_null(virNetworkLookupByName(conn, "x"));
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'x'");
    g_assert_null(virNetworkLookupByUUIDString(conn, "dd8fe884-6c02-601e-7551-cca97df1c5d0"));
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching uuid "
                 "'dd8fe884-6c02-601e-7551-cca97df1c5d0'");
    testClose(conn);
}

static void
testNetworkDefaultLifecycle(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virNetworkPtr net = virNetworkLookupByName(conn, "default");

    g_assert_cmpint(virNetworkCreate(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: Network 'default' is already running");
    g_assert_cmpint(virNetworkUndefine(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: Network 'default' is still running");

    g_assert_cmpint(virNetworkSetAutostart(net, 1), ==, 0);
    g_assert_cmpint(testAutostart(net), ==, 1);
    g_assert_cmpint(virNetworkSetAutostart(net, 0), ==, 0);
    g_assert_cmpint(testAutostart(net), ==, 0);

    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    g_assert_cmpint(virNetworkIsActive(net), ==, 0);
    g_assert_cmpint(virNetworkIsPersistent(net), ==, 1);
    /* stopping a stopped network is no error for libvirt's test driver */
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    CHECK_STR(virNetworkGetBridgeName(net), "virbr0");
    CHECK_STR(virNetworkGetXMLDesc(net, 0), defaultNetworkXML);
    g_assert_cmpint(virConnectNumOfNetworks(conn), ==, 0);
    CHECK_GSTR(testListNetworks(conn, true), "default");

    g_assert_cmpint(virNetworkUndefine(net), ==, 0);
    g_assert_cmpint(virConnectNumOfDefinedNetworks(conn), ==, 0);
    CHECK_GSTR(testAllNetworks(conn, 0), "");

    /* the handle outlives the network */
    g_assert_cmpint(virNetworkIsActive(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching uuid '" DEFAULT_NETWORK_UUID "'");
    g_assert_cmpint(virNetworkIsPersistent(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching uuid '" DEFAULT_NETWORK_UUID "'");
    g_assert_null(virNetworkGetXMLDesc(net, 0));
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'default'");
    g_assert_null(virNetworkGetBridgeName(net));
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'default'");
    g_assert_cmpint(virNetworkCreate(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'default'");
    g_assert_cmpint(virNetworkDestroy(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'default'");
    g_assert_cmpint(virNetworkUndefine(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'default'");
    g_assert_cmpint(virNetworkSetAutostart(net, 1), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'default'");
    {
        int autostart;

        g_assert_cmpint(virNetworkGetAutostart(net, &autostart), ==, -1);
        EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                     "Network not found: no network with matching name 'default'");
    }

    virNetworkFree(net);
    testClose(conn);
}

static void
testNetworkDefine(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virNetworkPtr net = virNetworkDefineXML(conn, N1_XML("br1"));
    virNetworkPtr again;
    char uuid[VIR_UUID_STRING_BUFLEN];

    g_assert_nonnull(net);
    g_assert_cmpstr(virNetworkGetName(net), ==, "n1");
    g_assert_cmpint(virNetworkGetUUIDString(net, uuid), ==, 0);
    g_assert_cmpstr(uuid, ==, N1_UUID);
    g_assert_cmpint(virNetworkIsActive(net), ==, 0);
    g_assert_cmpint(virNetworkIsPersistent(net), ==, 1);
    g_assert_cmpint(testAutostart(net), ==, 0);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), N1_FORMATTED("br1"));
    CHECK_STR(virNetworkGetBridgeName(net), "br1");
    CHECK_GSTR(testListNetworks(conn, true), "n1");
    CHECK_GSTR(testListNetworks(conn, false), "default");

    /* the same document again, then a new one while inactive */
    again = virNetworkDefineXML(conn, N1_XML("br1"));
    g_assert_nonnull(again);
    virNetworkFree(again);
    again = virNetworkDefineXMLFlags(conn, N1_XML("br3"), VIR_NETWORK_DEFINE_VALIDATE);
    g_assert_nonnull(again);
    virNetworkFree(again);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), N1_FORMATTED("br3"));

    g_assert_cmpint(virNetworkCreate(net), ==, 0);
    g_assert_cmpint(virNetworkIsActive(net), ==, 1);
    g_assert_cmpint(virNetworkCreate(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: Network 'n1' is already running");

    /* a new persistent definition of a running network is kept aside: libvirt
     * 9.0's test driver shows the running one, also after the network stops */
    again = virNetworkDefineXML(conn, N1_XML("br2"));
    g_assert_nonnull(again);
    virNetworkFree(again);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), N1_FORMATTED("br3"));
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), N1_FORMATTED("br3"));
    CHECK_STR(virNetworkGetBridgeName(net), "br3");
    g_assert_cmpint(virNetworkCreate(net), ==, 0);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), N1_FORMATTED("br3"));
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);

    g_assert_cmpint(virNetworkUndefine(net), ==, 0);
    g_assert_null(virNetworkLookupByName(conn, "n1"));
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'n1'");
    g_assert_cmpint(virNetworkUndefine(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 'n1'");
    virNetworkFree(net);
    testClose(conn);
}

static void
testNetworkTransient(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virNetworkPtr net = virNetworkCreateXML(conn, T1_XML);
    virNetworkPtr other;

    g_assert_nonnull(net);
    g_assert_cmpstr(virNetworkGetName(net), ==, "t1");
    g_assert_cmpint(virNetworkIsActive(net), ==, 1);
    g_assert_cmpint(virNetworkIsPersistent(net), ==, 0);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), T1_FORMATTED);
    g_assert_null(virNetworkGetBridgeName(net));
    EXPECT_ERROR(VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
                 "internal error: network 't1' does not have a bridge name.");
    CHECK_GSTR(testListNetworks(conn, false), "default t1");

    /* autostart is allowed for a transient network */
    g_assert_cmpint(virNetworkSetAutostart(net, 1), ==, 0);
    g_assert_cmpint(testAutostart(net), ==, 1);
    g_assert_cmpint(virNetworkUndefine(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: Network 't1' is still running");

    /* stopping a transient network removes it */
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    g_assert_null(virNetworkLookupByName(conn, "t1"));
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 't1'");
    g_assert_cmpint(virNetworkDestroy(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 't1'");
    g_assert_cmpint(virNetworkCreate(net), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                 "Network not found: no network with matching name 't1'");
    virNetworkFree(net);

    /* defining a running transient network makes it persistent; it keeps
     * showing the definition it runs with */
    net = virNetworkCreateXMLFlags(conn, T1_XML, VIR_NETWORK_CREATE_VALIDATE);
    g_assert_nonnull(net);
    other = virNetworkDefineXML(conn, "<network><name>t1</name><uuid>" T1_UUID "</uuid>"
                                      "<bridge name='brx'/></network>");
    g_assert_nonnull(other);
    virNetworkFree(other);
    g_assert_cmpint(virNetworkIsPersistent(net), ==, 1);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), T1_FORMATTED);
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    g_assert_cmpint(virNetworkIsActive(net), ==, 0);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), T1_FORMATTED);
    g_assert_cmpint(virNetworkUndefine(net), ==, 0);
    virNetworkFree(net);

    /* without a UUID, one is made up */
    net = virNetworkCreateXML(conn, "<network><name>t2</name></network>");
    g_assert_nonnull(net);
    other = virNetworkLookupByName(conn, "t2");
    g_assert_nonnull(other);
    {
        unsigned char a[VIR_UUID_BUFLEN];
        unsigned char b[VIR_UUID_BUFLEN];

        g_assert_cmpint(virNetworkGetUUID(net, a), ==, 0);
        g_assert_cmpint(virNetworkGetUUID(other, b), ==, 0);
        g_assert_cmpmem(a, sizeof(a), b, sizeof(b));
    }
    g_assert_cmpint(virNetworkDestroy(other), ==, 0);
    virNetworkFree(other);
    virNetworkFree(net);
    testClose(conn);
}

static void
testNetworkDuplicates(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virNetworkPtr net = virNetworkDefineXML(conn, N1_XML("br1"));
    virNetworkPtr live;

    g_assert_nonnull(net);
    g_assert_null(virNetworkDefineXML(conn, "<network><name>n1</name>"
                                            "<uuid>11111111-2222-3333-4444-666666666666</uuid>"
                                            "</network>"));
    EXPECT_ERROR(VIR_ERR_OPERATION_FAILED, VIR_FROM_NETWORK,
                 "operation failed: network 'n1' already exists with uuid " N1_UUID);
    g_assert_null(virNetworkDefineXML(conn, "<network><name>n2</name>"
                                            "<uuid>" N1_UUID "</uuid></network>"));
    EXPECT_ERROR(VIR_ERR_OPERATION_FAILED, VIR_FROM_NETWORK,
                 "operation failed: network 'n1' is already defined with uuid " N1_UUID);
    g_assert_null(virNetworkCreateXML(conn, "<network><name>n2</name>"
                                            "<uuid>" N1_UUID "</uuid></network>"));
    EXPECT_ERROR(VIR_ERR_OPERATION_FAILED, VIR_FROM_NETWORK,
                 "operation failed: network 'n1' is already defined with uuid " N1_UUID);
    g_assert_null(virNetworkDefineXML(conn, "<network><name>default</name></network>"));
    EXPECT_ERROR(VIR_ERR_OPERATION_FAILED, VIR_FROM_NETWORK,
                 "operation failed: network 'default' already exists with uuid "
                 DEFAULT_NETWORK_UUID);
    g_assert_null(virNetworkCreateXML(conn, "<network><name>default</name></network>"));
    EXPECT_ERROR(VIR_ERR_OPERATION_FAILED, VIR_FROM_NETWORK,
                 "operation failed: network 'default' already exists with uuid "
                 DEFAULT_NETWORK_UUID);
    g_assert_null(virNetworkCreateXML(conn, "<network><name>default</name>"
                                            "<uuid>" DEFAULT_NETWORK_UUID "</uuid></network>"));
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_NETWORK,
                 "Requested operation is not valid: network is already active as 'default'");

    /* starting a document of an inactive persistent network starts it with
     * that definition; it stays persistent */
    live = virNetworkCreateXML(conn, N1_XML("brLive"));
    g_assert_nonnull(live);
    virNetworkFree(live);
    g_assert_cmpint(virNetworkIsActive(net), ==, 1);
    g_assert_cmpint(virNetworkIsPersistent(net), ==, 1);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), N1_FORMATTED("brLive"));
    CHECK_STR(virNetworkGetBridgeName(net), "brLive");
    g_assert_null(virNetworkCreateXML(conn, N1_XML("br1")));
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_NETWORK,
                 "Requested operation is not valid: network is already active as 'n1'");
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    g_assert_cmpint(virNetworkIsPersistent(net), ==, 1);
    CHECK_STR(virNetworkGetXMLDesc(net, 0), N1_FORMATTED("brLive"));

    /* libvirt's test driver does not check bridge names */
    live = virNetworkCreateXML(conn, "<network><name>b2</name><bridge name='virbr0'/></network>");
    g_assert_nonnull(live);
    virNetworkFree(live);

    virNetworkFree(net);
    testClose(conn);
}

static void
testNetworkBadXML(void)
{
    virConnectPtr conn = testOpen("test:///default");

    g_assert_null(virNetworkDefineXML(conn, "<network/>"));
    EXPECT_ERROR(VIR_ERR_NO_NAME, VIR_FROM_NETWORK, "missing name information");
    g_assert_null(virNetworkDefineXML(conn, "<domain/>"));
    EXPECT_ERROR(VIR_ERR_XML_ERROR, VIR_FROM_XML,
                 "XML error: expecting root element of 'network', not 'domain'");
    g_assert_null(virNetworkCreateXML(conn, "<network>"));
    EXPECT_ERROR(VIR_ERR_XML_DETAIL, VIR_FROM_NETWORK,
                 "(network_definition):1: Premature end of data in tag network line 1\n"
                 "<network>\n"
                 "---------^");
    g_assert_cmpint(virConnectNumOfNetworks(conn) + virConnectNumOfDefinedNetworks(conn),
                    ==, 1);
    testClose(conn);
}

static void
testNetworkFlags(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virNetworkPtr *nets = NULL;

    g_assert_null(virNetworkDefineXMLFlags(conn, "<network><name>f</name></network>", 2));
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x2) in function testNetworkDefineXMLFlags");
    g_assert_null(virNetworkCreateXMLFlags(conn, "<network><name>f</name></network>", 2));
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x2) in function testNetworkCreateXMLFlags");
    g_assert_cmpint(virConnectListAllNetworks(conn, &nets, 1 << 10), ==, -1);
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x400) in function testConnectListAllNetworks");
    g_assert_null(nets);
    testClose(conn);
}

/* a schema failure: the message names the schema file, which depends on
 * where it is installed, so only its start is compared */
static void
testExpectSchemaError(const char *where)
{
    virErrorPtr err = virGetLastError();

    if (!err || err->code != VIR_ERR_XML_INVALID_SCHEMA || err->domain != VIR_FROM_XML ||
        !g_str_has_prefix(err->message ? err->message : "",
                          "XML document failed to validate against schema: "
                          "Unable to validate doc against "))
        g_error("%s: expected a schema error, got %d (domain %d) \"%s\"", where,
                err ? err->code : 0, err ? err->domain : 0, err ? err->message : "(no error)");
    virResetLastError();
}

static void
testNetworkValidate(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virNetworkPtr net;
    virInterfacePtr iface;

    g_assert_null(virNetworkDefineXMLFlags(conn, "<network><name>v</name><bogus/></network>",
                                           VIR_NETWORK_DEFINE_VALIDATE));
    testExpectSchemaError("define");
    g_assert_null(virNetworkCreateXMLFlags(conn, "<network><name>v</name><bogus/></network>",
                                           VIR_NETWORK_CREATE_VALIDATE));
    testExpectSchemaError("create");
    g_assert_cmpint(virConnectNumOfNetworks(conn) + virConnectNumOfDefinedNetworks(conn), ==, 1);
    /* without the flag the unknown element is ignored, as libvirt does */
    net = virNetworkDefineXMLFlags(conn, "<network><name>v</name><bogus/></network>", 0);
    g_assert_nonnull(net);
    g_assert_cmpint(virNetworkUndefine(net), ==, 0);
    virNetworkFree(net);
    net = virNetworkDefineXMLFlags(conn, "<network><name>v</name></network>",
                                   VIR_NETWORK_DEFINE_VALIDATE);
    g_assert_nonnull(net);
    g_assert_cmpint(virNetworkUndefine(net), ==, 0);
    virNetworkFree(net);

    g_assert_null(virInterfaceDefineXML(conn, "<interface type='ethernet' name='e'><bogus/>"
                                        "</interface>", VIR_INTERFACE_DEFINE_VALIDATE));
    testExpectSchemaError("interface define");
    iface = virInterfaceDefineXML(conn, "<interface type='ethernet' name='e'/>",
                                  VIR_INTERFACE_DEFINE_VALIDATE);
    g_assert_nonnull(iface);
    g_assert_cmpint(virInterfaceUndefine(iface), ==, 0);
    virInterfaceFree(iface);
    testClose(conn);
}

static void
testNetworkListFilters(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virNetworkPtr def = virNetworkLookupByName(conn, "default");
    virNetworkPtr inactive = virNetworkDefineXML(conn, N1_XML("br1"));
    virNetworkPtr transient = virNetworkCreateXML(conn, T1_XML);
    char *names[3] = { NULL, NULL, NULL };

    g_assert_nonnull(def);
    g_assert_nonnull(inactive);
    g_assert_nonnull(transient);
    g_assert_cmpint(virNetworkSetAutostart(def, 1), ==, 0);

    CHECK_GSTR(testAllNetworks(conn, 0), "default n1 t1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_ACTIVE), "default t1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_INACTIVE), "n1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_ACTIVE |
                                     VIR_CONNECT_LIST_NETWORKS_INACTIVE), "default n1 t1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_PERSISTENT), "default n1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_TRANSIENT), "t1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_PERSISTENT |
                                     VIR_CONNECT_LIST_NETWORKS_TRANSIENT), "default n1 t1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_AUTOSTART), "default");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART), "n1 t1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_AUTOSTART |
                                     VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART), "default n1 t1");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_ACTIVE |
                                     VIR_CONNECT_LIST_NETWORKS_PERSISTENT |
                                     VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART), "");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_ACTIVE |
                                     VIR_CONNECT_LIST_NETWORKS_TRANSIENT), "t1");

    g_assert_cmpint(virConnectNumOfNetworks(conn), ==, 2);
    g_assert_cmpint(virConnectNumOfDefinedNetworks(conn), ==, 1);
    CHECK_GSTR(testListNetworks(conn, false), "default t1");
    CHECK_GSTR(testListNetworks(conn, true), "n1");
    /* at most maxnames names */
    g_assert_cmpint(virConnectListNetworks(conn, names, 1), ==, 1);
    g_assert_nonnull(names[0]);
    g_assert_null(names[1]);
    free(names[0]);

    g_assert_cmpint(virNetworkDestroy(transient), ==, 0);
    virNetworkFree(transient);
    virNetworkFree(inactive);
    virNetworkFree(def);
    testClose(conn);
}


/* ---- interfaces ----------------------------------------------------------------- */

static void
testInterfaceDefault(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virInterfacePtr iface = virInterfaceLookupByName(conn, "eth1");
    virInterfacePtr byMAC;

    g_assert_nonnull(iface);
    g_assert_cmpstr(virInterfaceGetName(iface), ==, "eth1");
    g_assert_cmpstr(virInterfaceGetMACString(iface), ==, "aa:bb:cc:dd:ee:ff");
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 1);
    CHECK_STR(virInterfaceGetXMLDesc(iface, 0), defaultInterfaceXML);

    byMAC = virInterfaceLookupByMACString(conn, "aa:bb:cc:dd:ee:ff");
    g_assert_nonnull(byMAC);
    g_assert_cmpstr(virInterfaceGetName(byMAC), ==, "eth1");
    virInterfaceFree(byMAC);
    byMAC = virInterfaceLookupByMACString(conn, "AA:BB:CC:DD:EE:FF");
    g_assert_nonnull(byMAC);
    g_assert_cmpstr(virInterfaceGetName(byMAC), ==, "eth1");
    virInterfaceFree(byMAC);

    g_assert_cmpint(virConnectNumOfInterfaces(conn), ==, 1);
    g_assert_cmpint(virConnectNumOfDefinedInterfaces(conn), ==, 0);
    CHECK_GSTR(testListInterfaces(conn, false), "eth1");
    CHECK_GSTR(testListInterfaces(conn, true), "");
    CHECK_GSTR(testAllInterfaces(conn, 0), "eth1");
    CHECK_GSTR(testAllInterfaces(conn, VIR_CONNECT_LIST_INTERFACES_ACTIVE), "eth1");
    CHECK_GSTR(testAllInterfaces(conn, VIR_CONNECT_LIST_INTERFACES_INACTIVE), "");

    g_assert_null(virInterfaceGetXMLDesc(iface, VIR_INTERFACE_XML_INACTIVE));
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x1) in function testInterfaceGetXMLDesc");

    virInterfaceFree(iface);
    testClose(conn);
}

static void
testInterfaceErrors(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virInterfacePtr iface = virInterfaceLookupByName(conn, "eth1");
    virInterfacePtr *ifaces = NULL;

    g_assert_null(virInterfaceLookupByName(conn, "x"));
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching name 'x'");
    g_assert_null(virInterfaceLookupByMACString(conn, "aa:bb:cc:dd:ee:00"));
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching mac 'aa:bb:cc:dd:ee:00'");
    g_assert_null(virInterfaceLookupByMACString(conn, "zz"));
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching mac 'zz'");

    g_assert_cmpint(virInterfaceCreate(iface, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST, "Requested operation is not valid");
    g_assert_cmpint(virInterfaceCreate(iface, 1), ==, -1);
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x1) in function testInterfaceCreate");
    g_assert_cmpint(virInterfaceDestroy(iface, 1), ==, -1);
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x1) in function testInterfaceDestroy");
    g_assert_null(virInterfaceDefineXML(conn, "<interface type='ethernet' name='e'/>", 2));
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x2) in function testInterfaceDefineXML");
    g_assert_cmpint(virConnectListAllInterfaces(conn, &ifaces, 4), ==, -1);
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x4) in function testConnectListAllInterfaces");
    g_assert_null(ifaces);

    g_assert_cmpint(virInterfaceDestroy(iface, 0), ==, 0);
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 0);
    g_assert_cmpint(virInterfaceDestroy(iface, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST, "Requested operation is not valid");
    CHECK_STR(virInterfaceGetXMLDesc(iface, 0), defaultInterfaceXML);
    CHECK_GSTR(testAllInterfaces(conn, VIR_CONNECT_LIST_INTERFACES_INACTIVE), "eth1");
    CHECK_GSTR(testListInterfaces(conn, true), "eth1");
    g_assert_cmpint(virInterfaceCreate(iface, 0), ==, 0);
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 1);

    /* XML errors are the configuration layer's, as in libvirt */
    g_assert_null(virInterfaceDefineXML(conn, "<network/>", 0));
    EXPECT_ERROR(VIR_ERR_XML_ERROR, VIR_FROM_XML,
                 "XML error: expecting root element of 'interface', not 'network'");
    g_assert_null(virInterfaceDefineXML(conn, "<interface type='ethernet'/>", 0));
    EXPECT_ERROR(VIR_ERR_XML_ERROR, VIR_FROM_INTERFACE, "XML error: interface has no name");

    virInterfaceFree(iface);
    testClose(conn);
}

static void
testInterfaceLifecycle(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virInterfacePtr iface;
    virInterfacePtr other;

    testTolerateMACWarning();
    iface = virInterfaceDefineXML(conn, "<interface type='ethernet' name='eth2'>"
                                        "<mac address='aa:bb:cc:dd:ee:ff'/></interface>", 0);
    g_assert_nonnull(iface);
    g_assert_cmpstr(virInterfaceGetName(iface), ==, "eth2");
    g_assert_cmpstr(virInterfaceGetMACString(iface), ==, "aa:bb:cc:dd:ee:ff");
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 0);
    CHECK_STR(virInterfaceGetXMLDesc(iface, 0),
              "<interface type='ethernet' name='eth2'>\n"
              "  <mac address='aa:bb:cc:dd:ee:ff'/>\n"
              "</interface>\n");
    CHECK_GSTR(testListInterfaces(conn, true), "eth2");
    CHECK_GSTR(testAllInterfaces(conn, VIR_CONNECT_LIST_INTERFACES_INACTIVE), "eth2");
    CHECK_GSTR(testAllInterfaces(conn, 0), "eth1 eth2");

    /* two interfaces with the MAC address */
    g_assert_null(virInterfaceLookupByMACString(conn, "aa:bb:cc:dd:ee:ff"));
    EXPECT_ERROR(VIR_ERR_MULTIPLE_INTERFACES, VIR_FROM_TEST,
                 "multiple matching interfaces found");

    /* a new definition replaces the old one; an active interface stays so */
    other = virInterfaceDefineXML(conn, "<interface type='ethernet' name='eth2'>"
                                        "<mac address='aa:bb:cc:dd:ee:01'/></interface>",
                                  VIR_INTERFACE_DEFINE_VALIDATE);
    g_assert_nonnull(other);
    g_assert_cmpstr(virInterfaceGetMACString(other), ==, "aa:bb:cc:dd:ee:01");
    virInterfaceFree(other);
    other = virInterfaceLookupByMACString(conn, "aa:bb:cc:dd:ee:01");
    g_assert_nonnull(other);
    g_assert_cmpstr(virInterfaceGetName(other), ==, "eth2");
    virInterfaceFree(other);
    g_assert_cmpint(virInterfaceCreate(iface, 0), ==, 0);
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 1);
    other = virInterfaceDefineXML(conn, "<interface type='ethernet' name='eth2'>"
                                        "<mac address='aa:bb:cc:dd:ee:02'/></interface>", 0);
    g_assert_nonnull(other);
    virInterfaceFree(other);
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 1);
    CHECK_STR(virInterfaceGetXMLDesc(iface, 0),
              "<interface type='ethernet' name='eth2'>\n"
              "  <mac address='aa:bb:cc:dd:ee:02'/>\n"
              "</interface>\n");
    CHECK_GSTR(testListInterfaces(conn, false), "eth1 eth2");

    /* undefining works on an active interface too */
    g_assert_cmpint(virInterfaceUndefine(iface), ==, 0);
    g_assert_null(virInterfaceLookupByName(conn, "eth2"));
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching name 'eth2'");
    g_assert_null(virInterfaceGetXMLDesc(iface, 0));
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching name 'eth2'");
    g_assert_cmpint(virInterfaceIsActive(iface), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching name 'eth2'");
    g_assert_cmpint(virInterfaceCreate(iface, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching name 'eth2'");
    g_assert_cmpint(virInterfaceDestroy(iface, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching name 'eth2'");
    g_assert_cmpint(virInterfaceUndefine(iface), ==, -1);
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching name 'eth2'");
    virInterfaceFree(iface);

    /* without a MAC address */
    iface = virInterfaceDefineXML(conn, "<interface type='ethernet' name='eth3'/>", 0);
    g_assert_nonnull(iface);
    g_assert_cmpstr(virInterfaceGetMACString(iface), ==, "");
    CHECK_STR(virInterfaceGetXMLDesc(iface, 0),
              "<interface type='ethernet' name='eth3'>\n"
              "</interface>\n");
    virInterfaceFree(iface);
    /* which matches every address (see testNodeFile) */
    g_assert_null(virInterfaceLookupByMACString(conn, "aa:bb:cc:dd:ee:ff"));
    EXPECT_ERROR(VIR_ERR_MULTIPLE_INTERFACES, VIR_FROM_TEST,
                 "multiple matching interfaces found");
    iface = virInterfaceLookupByMACString(conn, "");
    g_assert_nonnull(iface);
    g_assert_cmpstr(virInterfaceGetName(iface), ==, "eth3");
    virInterfaceFree(iface);
    testClose(conn);
}

static void
testInterfaceTransactions(void)
{
    virConnectPtr conn = testOpen("test:///default");
    virConnectPtr conn2 = testOpen("test:///default");
    virInterfacePtr iface = virInterfaceLookupByName(conn, "eth1");
    virInterfacePtr other;

    g_assert_cmpint(virInterfaceChangeCommit(conn, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: no transaction running, "
                 "nothing to be committed.");
    g_assert_cmpint(virInterfaceChangeRollback(conn, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: no transaction running, "
                 "nothing to rollback.");
    g_assert_cmpint(virInterfaceChangeBegin(conn, 1), ==, -1);
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x1) in function testInterfaceChangeBegin");

    g_assert_cmpint(virInterfaceChangeBegin(conn, 0), ==, 0);
    g_assert_cmpint(virInterfaceChangeBegin(conn, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: there is another transaction running.");
    /* one transaction per state, whichever connection began it */
    g_assert_cmpint(virInterfaceChangeBegin(conn2, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: there is another transaction running.");
    g_assert_cmpint(virInterfaceChangeCommit(conn, 1), ==, -1);
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x1) in function testInterfaceChangeCommit");
    g_assert_cmpint(virInterfaceChangeRollback(conn, 1), ==, -1);
    EXPECT_ERROR(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
                 "unsupported flags (0x1) in function testInterfaceChangeRollback");

    g_assert_cmpint(virInterfaceDestroy(iface, 0), ==, 0);
    g_assert_cmpint(virInterfaceUndefine(iface), ==, 0);
    other = virInterfaceDefineXML(conn, "<interface type='ethernet' name='eth2'/>", 0);
    g_assert_nonnull(other);
    virInterfaceFree(other);
    CHECK_GSTR(testAllInterfaces(conn, 0), "eth2");

    /* a rollback brings back the interfaces as they were defined, inactive */
    g_assert_cmpint(virInterfaceChangeRollback(conn2, 0), ==, 0);
    CHECK_GSTR(testAllInterfaces(conn, 0), "eth1");
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 0);
    CHECK_STR(virInterfaceGetXMLDesc(iface, 0), defaultInterfaceXML);
    g_assert_cmpint(virConnectNumOfInterfaces(conn), ==, 0);
    g_assert_cmpint(virConnectNumOfDefinedInterfaces(conn), ==, 1);
    g_assert_cmpint(virInterfaceChangeRollback(conn, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: no transaction running, "
                 "nothing to rollback.");

    /* a commit keeps the changes */
    g_assert_cmpint(virInterfaceCreate(iface, 0), ==, 0);
    g_assert_cmpint(virInterfaceChangeBegin(conn, 0), ==, 0);
    other = virInterfaceDefineXML(conn, "<interface type='ethernet' name='eth2'/>", 0);
    g_assert_nonnull(other);
    virInterfaceFree(other);
    g_assert_cmpint(virInterfaceChangeCommit(conn2, 0), ==, 0);
    CHECK_GSTR(testAllInterfaces(conn, 0), "eth1 eth2");
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 1);
    g_assert_cmpint(virInterfaceChangeCommit(conn, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: no transaction running, "
                 "nothing to be committed.");

    /* a transaction left open goes with the state */
    g_assert_cmpint(virInterfaceChangeBegin(conn, 0), ==, 0);
    virInterfaceFree(iface);
    testClose(conn2);
    testClose(conn);
    conn = testOpen("test:///default");
    g_assert_cmpint(virInterfaceChangeCommit(conn, 0), ==, -1);
    EXPECT_ERROR(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
                 "Requested operation is not valid: no transaction running, "
                 "nothing to be committed.");
    CHECK_GSTR(testAllInterfaces(conn, 0), "eth1");
    testClose(conn);
}


/* ---- states --------------------------------------------------------------------- */

static void
testStateShared(void)
{
    virConnectPtr conn1 = testOpen("test:///default");
    virConnectPtr conn2 = testOpen("test:///default");
    virNetworkPtr net;
    virInterfacePtr iface;

    net = virNetworkDefineXML(conn1, N1_XML("br1"));
    g_assert_nonnull(net);
    virNetworkFree(net);
    net = virNetworkLookupByName(conn2, "default");
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    virNetworkFree(net);
    iface = virInterfaceLookupByName(conn2, "eth1");
    g_assert_cmpint(virInterfaceUndefine(iface), ==, 0);
    virInterfaceFree(iface);

    CHECK_GSTR(testAllNetworks(conn2, 0), "default n1");
    CHECK_GSTR(testAllNetworks(conn1, VIR_CONNECT_LIST_NETWORKS_ACTIVE), "");
    CHECK_GSTR(testAllInterfaces(conn1, 0), "");

    /* the state lives as long as one connection does */
    testClose(conn1);
    CHECK_GSTR(testAllNetworks(conn2, VIR_CONNECT_LIST_NETWORKS_INACTIVE), "default n1");
    testClose(conn2);

    /* and is made anew after the last one */
    conn1 = testOpen("test:///default");
    CHECK_GSTR(testAllNetworks(conn1, 0), "default");
    CHECK_GSTR(testAllNetworks(conn1, VIR_CONNECT_LIST_NETWORKS_ACTIVE), "default");
    CHECK_GSTR(testAllInterfaces(conn1, VIR_CONNECT_LIST_INTERFACES_ACTIVE), "eth1");
    testClose(conn1);
}

static const char nodeXML[] =
    "<node>\n"
    "  <network file='nets/routed.xml'/>\n"
    "  <network>\n"
    "    <name>inline</name>\n"
    "    <uuid>22222222-2222-3333-4444-555555555555</uuid>\n"
    "    <bridge name='brI'/>\n"
    "  </network>\n"
    "  <interface type='ethernet' name='eth7'>\n"
    "    <mac address='00:11:22:33:44:55'/>\n"
    "  </interface>\n"
    "  <interface file='nets/br0.xml'/>\n"
    "</node>\n";

static const char nodeRoutedXML[] =
    "<network>\n"
    "  <name>routed</name>\n"
    "  <uuid>33333333-2222-3333-4444-555555555555</uuid>\n"
    "  <forward mode='route'/>\n"
    "  <bridge name='brF'/>\n"
    "  <ip address='10.0.0.1' prefix='24'/>\n"
    "</network>\n";

static const char nodeBridgeXML[] =
    "<interface type='bridge' name='br0'>\n"
    "  <bridge>\n"
    "    <interface type='ethernet' name='eth8'/>\n"
    "  </bridge>\n"
    "</interface>\n";

/* A folder with node files; removed by testNodeDirFree(). */
typedef struct {
    char *dir;
    GPtrArray *files;
} testNodeDir;

static void
testNodeDirAdd(testNodeDir *nd, const char *name, const char *content)
{
    char *path = g_build_filename(nd->dir, name, NULL);
    char *parent = g_path_get_dirname(path);
    GError *err = NULL;

    g_assert_cmpint(g_mkdir_with_parents(parent, 0700), ==, 0);
    if (!g_file_set_contents(path, content, -1, &err))
        g_error("%s", err->message);
    g_ptr_array_add(nd->files, path);
    g_free(parent);
}

/* test:///<dir>/<name> */
static char *
testNodeURI(testNodeDir *nd, const char *name)
{
    return g_strdup_printf("test://%s/%s", nd->dir, name);
}

static void
testNodeDirFree(testNodeDir *nd)
{
    guint i;
    char *nets = g_build_filename(nd->dir, "nets", NULL);

    for (i = 0; i < nd->files->len; i++)
        g_unlink(g_ptr_array_index(nd->files, i));
    g_rmdir(nets);
    g_rmdir(nd->dir);
    g_free(nets);
    g_ptr_array_unref(nd->files);
    g_free(nd->dir);
}

static void
testNodeFile(void)
{
    testNodeDir nd = { NULL, g_ptr_array_new_with_free_func(g_free) };
    GError *err = NULL;
    char *uri;
    virConnectPtr conn;
    virConnectPtr conn2;
    virConnectPtr def;
    virNetworkPtr net;
    virInterfacePtr iface;

    testTolerateMACWarning();
    if (!(nd.dir = g_dir_make_tmp("vireo-netXXXXXX", &err)))
        g_error("%s", err->message);
    testNodeDirAdd(&nd, "node.xml", nodeXML);
    testNodeDirAdd(&nd, "nets/routed.xml", nodeRoutedXML);
    testNodeDirAdd(&nd, "nets/br0.xml", nodeBridgeXML);
    uri = testNodeURI(&nd, "node.xml");

    conn = testOpen(uri);
    CHECK_GSTR(testAllNetworks(conn, 0), "inline routed");
    CHECK_GSTR(testAllNetworks(conn, VIR_CONNECT_LIST_NETWORKS_ACTIVE |
                                     VIR_CONNECT_LIST_NETWORKS_PERSISTENT |
                                     VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART), "inline routed");
    net = virNetworkLookupByName(conn, "routed");
    g_assert_nonnull(net);
    CHECK_STR(virNetworkGetXMLDesc(net, 0),
              "<network>\n"
              "  <name>routed</name>\n"
              "  <uuid>33333333-2222-3333-4444-555555555555</uuid>\n"
              "  <forward mode='route'/>\n"
              "  <bridge name='brF' stp='on' delay='0'/>\n"
              "  <ip address='10.0.0.1' prefix='24'>\n"
              "  </ip>\n"
              "</network>\n");
    virNetworkFree(net);
    net = virNetworkLookupByUUIDString(conn, "22222222-2222-3333-4444-555555555555");
    g_assert_nonnull(net);
    g_assert_cmpstr(virNetworkGetName(net), ==, "inline");
    CHECK_STR(virNetworkGetBridgeName(net), "brI");
    CHECK_STR(virNetworkGetXMLDesc(net, 0),
              "<network>\n"
              "  <name>inline</name>\n"
              "  <uuid>22222222-2222-3333-4444-555555555555</uuid>\n"
              "  <bridge name='brI' stp='on' delay='0'/>\n"
              "</network>\n");
    virNetworkFree(net);

    CHECK_GSTR(testAllInterfaces(conn, VIR_CONNECT_LIST_INTERFACES_ACTIVE), "br0 eth7");
    iface = virInterfaceLookupByName(conn, "br0");
    g_assert_nonnull(iface);
    g_assert_cmpstr(virInterfaceGetMACString(iface), ==, "");
    CHECK_STR(virInterfaceGetXMLDesc(iface, 0),
              "<interface type='bridge' name='br0'>\n"
              "  <bridge>\n"
              "    <interface type='ethernet' name='eth8'>\n"
              "    </interface>\n"
              "  </bridge>\n"
              "</interface>\n");
    virInterfaceFree(iface);
    /* an interface without a MAC address matches every address: libvirt
     * 9.0 compares the missing address with g_ascii_strcasecmp(), which
     * answers "equal" after a critical warning */
    g_assert_null(virInterfaceLookupByMACString(conn, "00:11:22:33:44:55"));
    EXPECT_ERROR(VIR_ERR_MULTIPLE_INTERFACES, VIR_FROM_TEST,
                 "multiple matching interfaces found");
    iface = virInterfaceLookupByMACString(conn, "00:11:22:33:44:99");
    g_assert_nonnull(iface);
    g_assert_cmpstr(virInterfaceGetName(iface), ==, "br0");
    virInterfaceFree(iface);
    /* the bridge's port is no interface of its own */
    g_assert_null(virInterfaceLookupByName(conn, "eth8"));
    EXPECT_ERROR(VIR_ERR_NO_INTERFACE, VIR_FROM_TEST,
                 "Interface not found: no interface with matching name 'eth8'");

    /* private: neither test:///default nor another connection to the same
     * file sees the changes */
    def = testOpen("test:///default");
    conn2 = testOpen(uri);
    net = virNetworkDefineXML(conn, N1_XML("br1"));
    g_assert_nonnull(net);
    virNetworkFree(net);
    CHECK_GSTR(testAllNetworks(conn, 0), "inline n1 routed");
    CHECK_GSTR(testAllNetworks(conn2, 0), "inline routed");
    CHECK_GSTR(testAllNetworks(def, 0), "default");
    CHECK_GSTR(testAllInterfaces(def, 0), "eth1");
    testClose(def);
    testClose(conn2);
    testClose(conn);
    g_free(uri);

    /* broken node files */
    testNodeDirAdd(&nd, "noname.xml",
                   "<node><network><uuid>22222222-2222-3333-4444-555555555555</uuid>"
                   "</network></node>");
    uri = testNodeURI(&nd, "noname.xml");
    g_assert_null(virConnectOpen(uri));
    EXPECT_ERROR(VIR_ERR_NO_NAME, VIR_FROM_NETWORK, "missing name information");
    g_free(uri);

    testNodeDirAdd(&nd, "dup.xml",
                   "<node>"
                   "<network><name>a</name><uuid>22222222-2222-3333-4444-555555555555</uuid>"
                   "</network>"
                   "<network><name>a</name><uuid>22222222-2222-3333-4444-555555555556</uuid>"
                   "</network>"
                   "</node>");
    uri = testNodeURI(&nd, "dup.xml");
    g_assert_null(virConnectOpen(uri));
    EXPECT_ERROR(VIR_ERR_OPERATION_FAILED, VIR_FROM_NETWORK,
                 "operation failed: network 'a' already exists with uuid "
                 "22222222-2222-3333-4444-555555555555");
    g_free(uri);

    testNodeDirAdd(&nd, "ifnoname.xml", "<node><interface type='ethernet'/></node>");
    uri = testNodeURI(&nd, "ifnoname.xml");
    g_assert_null(virConnectOpen(uri));
    EXPECT_ERROR(VIR_ERR_XML_ERROR, VIR_FROM_INTERFACE, "XML error: interface has no name");
    g_free(uri);

    /* a network given twice: the second document is a persistent definition
     * of a running network, kept aside; an interface given twice takes the
     * second definition */
    testNodeDirAdd(&nd, "twice.xml",
                   "<node>"
                   "<network><name>a</name><uuid>22222222-2222-3333-4444-555555555555</uuid>"
                   "</network>"
                   "<network><name>a</name><uuid>22222222-2222-3333-4444-555555555555</uuid>"
                   "<bridge name='x'/></network>"
                   "<interface type='ethernet' name='e'/>"
                   "<interface type='ethernet' name='e'><mac address='00:11:22:33:44:55'/>"
                   "</interface>"
                   "</node>");
    uri = testNodeURI(&nd, "twice.xml");
    conn = testOpen(uri);
    net = virNetworkLookupByName(conn, "a");
    g_assert_nonnull(net);
    CHECK_STR(virNetworkGetXMLDesc(net, 0),
              "<network>\n"
              "  <name>a</name>\n"
              "  <uuid>22222222-2222-3333-4444-555555555555</uuid>\n"
              "  <bridge stp='on' delay='0'/>\n"
              "</network>\n");
    virNetworkFree(net);
    iface = virInterfaceLookupByName(conn, "e");
    g_assert_nonnull(iface);
    g_assert_cmpstr(virInterfaceGetMACString(iface), ==, "00:11:22:33:44:55");
    g_assert_cmpint(virInterfaceIsActive(iface), ==, 1);
    virInterfaceFree(iface);
    testClose(conn);
    g_free(uri);

    testNodeDirFree(&nd);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    virSetErrorFunc(NULL, testSilentError);

    g_test_add_func("/testdriver/network/default", testNetworkDefault);
    g_test_add_func("/testdriver/network/lookup-errors", testNetworkLookupErrors);
    g_test_add_func("/testdriver/network/default-lifecycle", testNetworkDefaultLifecycle);
    g_test_add_func("/testdriver/network/define", testNetworkDefine);
    g_test_add_func("/testdriver/network/transient", testNetworkTransient);
    g_test_add_func("/testdriver/network/duplicates", testNetworkDuplicates);
    g_test_add_func("/testdriver/network/bad-xml", testNetworkBadXML);
    g_test_add_func("/testdriver/network/flags", testNetworkFlags);
    g_test_add_func("/testdriver/network/validate", testNetworkValidate);
    g_test_add_func("/testdriver/network/list-filters", testNetworkListFilters);
    g_test_add_func("/testdriver/interface/default", testInterfaceDefault);
    g_test_add_func("/testdriver/interface/errors", testInterfaceErrors);
    g_test_add_func("/testdriver/interface/lifecycle", testInterfaceLifecycle);
    g_test_add_func("/testdriver/interface/transactions", testInterfaceTransactions);
    g_test_add_func("/testdriver/state/shared", testStateShared);
    g_test_add_func("/testdriver/state/node-file", testNodeFile);

    return g_test_run();
}
