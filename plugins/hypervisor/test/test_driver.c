/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * test_driver.c: the test hypervisor plugin -- registration, connections,
 * driver states (test:///default and node files), host and node calls
 *
 * Built against the public SDK only: definitions come from the core's
 * configuration layer (virPluginConf), handles from the host table.
 */
#include <config.h>

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "test_private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlDoc, xmlFreeDoc);

const virPluginHost *testHost;
const virPluginConf *testConf;

/* test:///default: shared by the connections of the process. */
static GMutex testDefaultLock;
static testDriver *testDefaultDriver;

/* libvirt's test:///default, as documents of our own. */
static const char testDefaultDomainXML[] =
    "<domain type='test'>"
    "<name>test</name>"
    "<uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
    "<memory>8388608</memory>"
    "<currentMemory>2097152</currentMemory>"
    "<vcpu>2</vcpu>"
    "<os><type>hvm</type></os>"
    "<devices>"
    "<disk type='file'><source file='/guest/diskimage1'/><target dev='vda' bus='virtio'/>"
    "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></disk>"
    "<interface type='network'><mac address='aa:bb:cc:dd:ee:ff'/>"
    "<source network='default'/><target dev='testnet0'/>"
    "<address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x0'/></interface>"
    "<memballoon model='virtio'>"
    "<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/></memballoon>"
    "</devices>"
    "</domain>";

static const char testDefaultNetworkXML[] =
    "<network>"
    "<name>default</name>"
    "<uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>"
    "<bridge name='virbr0'/>"
    "<forward/>"
    "<ip address='192.168.122.1' netmask='255.255.255.0'>"
    "<dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>"
    "</ip>"
    "</network>";

static const char testDefaultInterfaceXML[] =
    "<interface type='ethernet' name='eth1'>"
    "<start mode='onboot'/>"
    "<mac address='aa:bb:cc:dd:ee:ff'/>"
    "<mtu size='1492'/>"
    "<protocol family='ipv4'>"
    "<ip address='192.168.0.5' prefix='24'/>"
    "<route gateway='192.168.0.1'/>"
    "</protocol>"
    "</interface>";

static const char testDefaultPoolXML[] =
    "<pool type='dir'>"
    "<name>default-pool</name>"
    "<uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>"
    "<target><path>/default-pool</path></target>"
    "</pool>";

static const virNodeInfo testDefaultNodeInfo = {
    .model = "i686",
    .memory = 3145728,
    .cpus = 16,
    .mhz = 1400,
    .nodes = 2,
    .sockets = 2,
    .cores = 2,
    .threads = 2,
};


/* ---- states ---------------------------------------------------------------- */

void
testDriverLock(testDriver *driver)
{
    g_mutex_lock(&driver->lock);
}

void
testDriverUnlock(testDriver *driver)
{
    g_mutex_unlock(&driver->lock);
}

testDriver *
testDriverFromConn(virConnectPtr conn)
{
    return testHost->connectGetPrivateData(conn);
}

testDriver *
testDriverLockConn(virConnectPtr conn)
{
    testDriver *driver = testDriverFromConn(conn);

    testDriverLock(driver);
    return driver;
}

void
testUUIDFormat(const unsigned char *uuid, char *buf)
{
    snprintf(buf, VIR_UUID_STRING_BUFLEN,
             "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             uuid[0], uuid[1], uuid[2], uuid[3], uuid[4], uuid[5], uuid[6], uuid[7],
             uuid[8], uuid[9], uuid[10], uuid[11], uuid[12], uuid[13], uuid[14], uuid[15]);
}

static void
testDriverFree(testDriver *driver)
{
    if (!driver)
        return;
    testDomainFreeAll(driver);
    g_clear_pointer(&driver->networks, g_ptr_array_unref);
    g_clear_pointer(&driver->interfaces, g_ptr_array_unref);
    g_clear_pointer(&driver->ifaceBackup, g_ptr_array_unref);
    g_clear_pointer(&driver->pools, g_ptr_array_unref);
    if (driver->events)
        testEvents->queueFree(driver->events);
    g_mutex_clear(&driver->lock);
    g_free(driver->path);
    g_free(driver);
}

static testDriver *
testDriverNew(void)
{
    testDriver *driver = g_new0(testDriver, 1);

    g_mutex_init(&driver->lock);
    driver->refs = 1;
    driver->domains = g_queue_new();
    driver->networks = g_ptr_array_new_with_free_func((GDestroyNotify)testNetworkObjFree);
    driver->interfaces = g_ptr_array_new_with_free_func((GDestroyNotify)testInterfaceObjFree);
    driver->pools = g_ptr_array_new_with_free_func((GDestroyNotify)testPoolObjFree);
    driver->nextDomID = 1;
    driver->nodeInfo = testDefaultNodeInfo;
    if (testEvents)
        driver->events = testEvents->queueNew(virPluginContextInstance);
    return driver;
}

static testDriver *
testDriverNewDefault(void)
{
    testDriver *driver = testDriverNew();

    driver->isDefault = true;
    if (testDomainLoad(driver, testDefaultDomainXML, NULL) < 0 ||
        testNetworkLoad(driver, testDefaultNetworkXML) < 0 ||
        testInterfaceLoad(driver, testDefaultInterfaceXML) < 0 ||
        testPoolLoad(driver, testDefaultPoolXML, NULL) < 0) {
        testDriverFree(driver);
        return NULL;
    }
    return driver;
}


/* ---- node files -------------------------------------------------------------- */

/* The XML of @node, or of the file its file='' attribute names (relative
 * to the node file's folder). */
static char *
testNodeChildXML(const char *dir, xmlNodePtr node)
{
    g_autofree char *file = (char *)xmlGetProp(node, BAD_CAST "file");
    g_autoptr(GError) err = NULL;
    xmlBufferPtr buf;
    char *ret;

    if (file) {
        g_autofree char *path = g_path_is_absolute(file) ?
                                g_strdup(file) : g_build_filename(dir, file, NULL);
        char *content = NULL;

        if (!g_file_get_contents(path, &content, NULL, &err)) {
            testReportError(VIR_ERR_XML_ERROR, "failed to parse xml document '%s'", path);
            return NULL;
        }
        return content;
    }
    buf = xmlBufferCreate();
    xmlNodeDump(buf, node->doc, node, 0, 0);
    ret = g_strdup((const char *)xmlBufferContent(buf));
    xmlBufferFree(buf);
    return ret;
}

/* A decimal number: all of @text but leading blanks, as libvirt reads it. */
static bool
testNodeParseNumber(const char *text, unsigned long *value)
{
    unsigned long long n;
    char *end;

    if (!text)
        return false;
    while (g_ascii_isspace(*text))
        text++;
    if (!g_ascii_isdigit(*text))
        return false;
    errno = 0;
    n = g_ascii_strtoull(text, &end, 10);
    if (*end || errno || n > G_MAXULONG)
        return false;
    *value = n;
    return true;
}

/* A number under the node file's <cpu>, when given. */
static int
testNodeNumber(xmlNodePtr parent, const char *name, unsigned long *value)
{
    xmlNodePtr child;

    for (child = parent->children; child; child = child->next) {
        g_autofree char *text = NULL;

        if (child->type != XML_ELEMENT_NODE || !xmlStrEqual(child->name, BAD_CAST name))
            continue;
        text = (char *)xmlNodeGetContent(child);
        if (!testNodeParseNumber(text, value)) {
            testReportError(VIR_ERR_XML_ERROR, "invalid node cpu %s value", name);
            return -1;
        }
        return 1;
    }
    return 0;
}

static int
testNodeLoadInfo(testDriver *driver, xmlNodePtr root)
{
    static const char *const names[] = { "nodes", "sockets", "cores", "threads", "mhz" };
    unsigned int *fields[] = { &driver->nodeInfo.nodes, &driver->nodeInfo.sockets,
                               &driver->nodeInfo.cores, &driver->nodeInfo.threads,
                               &driver->nodeInfo.mhz };
    xmlNodePtr child;
    unsigned long value;
    size_t i;
    int rc;

    for (child = root->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(child->name, BAD_CAST "cpu")) {
            g_autofree char *model = NULL;
            xmlNodePtr m;

            for (i = 0; i < G_N_ELEMENTS(names); i++) {
                if ((rc = testNodeNumber(child, names[i], &value)) < 0)
                    return -1;
                if (rc > 0)
                    *fields[i] = value;
            }
            driver->nodeInfo.cpus = driver->nodeInfo.nodes * driver->nodeInfo.sockets *
                                    driver->nodeInfo.cores * driver->nodeInfo.threads;
            if ((rc = testNodeNumber(child, "active", &value)) < 0)
                return -1;
            /* as libvirt: <active> can only lower the count */
            if (rc > 0 && value < driver->nodeInfo.cpus)
                driver->nodeInfo.cpus = value;
            for (m = child->children; m; m = m->next) {
                if (m->type == XML_ELEMENT_NODE && xmlStrEqual(m->name, BAD_CAST "model")) {
                    model = (char *)xmlNodeGetContent(m);
                    g_strlcpy(driver->nodeInfo.model, model ? model : "",
                              sizeof(driver->nodeInfo.model));
                }
            }
        } else if (xmlStrEqual(child->name, BAD_CAST "memory")) {
            g_autofree char *text = (char *)xmlNodeGetContent(child);

            if (!testNodeParseNumber(text, &value)) {
                testReportError(VIR_ERR_XML_ERROR, "%s", "invalid node memory value");
                return -1;
            }
            driver->nodeInfo.memory = value;
        }
    }
    return 0;
}

/* A <pool> of the node file and its <volume> children. */
static int
testNodeLoadPool(testDriver *driver, const char *dir, xmlNodePtr node)
{
    g_autoptr(GPtrArray) volumes = g_ptr_array_new_with_free_func(g_free);
    g_autofree char *poolXML = NULL;
    xmlNodePtr child;
    xmlNodePtr next;

    for (child = node->children; child; child = next) {
        char *vol;

        next = child->next;
        if (child->type != XML_ELEMENT_NODE || !xmlStrEqual(child->name, BAD_CAST "volume"))
            continue;
        if (!(vol = testNodeChildXML(dir, child)))
            return -1;
        g_ptr_array_add(volumes, vol);
        xmlUnlinkNode(child);
        xmlFreeNode(child);
    }
    g_ptr_array_add(volumes, NULL);
    if (!(poolXML = testNodeChildXML(dir, node)))
        return -1;
    return testPoolLoad(driver, poolXML, (const char *const *)volumes->pdata);
}

static testDriver *
testDriverNewFromFile(const char *path)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autofree char *dir = g_path_get_dirname(path);
    testDriver *driver;
    xmlNodePtr root;
    xmlNodePtr child;

    if (!(doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                         XML_PARSE_NOWARNING))) {
        testHost->reportError(virPluginContextInstance, VIR_FROM_XML, VIR_ERR_XML_ERROR,
                              __FILE__, __func__, __LINE__,
                              "failed to parse xml document '%s'", path);
        return NULL;
    }
    root = xmlDocGetRootElement(doc);
    if (!root || !xmlStrEqual(root->name, BAD_CAST "node")) {
        testHost->reportError(virPluginContextInstance, VIR_FROM_XML, VIR_ERR_XML_ERROR,
                              __FILE__, __func__, __LINE__,
                              "expecting root element of 'node', not '%s'",
                              root ? (const char *)root->name : "");
        return NULL;
    }

    driver = testDriverNew();
    driver->path = g_strdup(path);
    if (testNodeLoadInfo(driver, root) < 0)
        goto error;
    for (child = root->children; child; child = child->next) {
        g_autofree char *xml = NULL;
        int rc = 0;

        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(child->name, BAD_CAST "pool")) {
            if (testNodeLoadPool(driver, dir, child) < 0)
                goto error;
            continue;
        }
        if (!xmlStrEqual(child->name, BAD_CAST "domain") &&
            !xmlStrEqual(child->name, BAD_CAST "network") &&
            !xmlStrEqual(child->name, BAD_CAST "interface"))
            continue;
        if (!(xml = testNodeChildXML(dir, child)))
            goto error;
        if (xmlStrEqual(child->name, BAD_CAST "domain"))
            rc = testDomainLoad(driver, xml, dir);
        else if (xmlStrEqual(child->name, BAD_CAST "network"))
            rc = testNetworkLoad(driver, xml);
        else
            rc = testInterfaceLoad(driver, xml);
        if (rc < 0)
            goto error;
    }
    return driver;

 error:
    testDriverFree(driver);
    return NULL;
}


/* ---- connections ------------------------------------------------------------- */

static int
testConnectOpen(virConnectPtr conn, virConnectAuthPtr auth G_GNUC_UNUSED, unsigned int flags)
{
    virPluginURI uri = { .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginURI) };
    testDriver *driver = NULL;

    testCheckFlags(flags, VIR_CONNECT_RO, VIR_DRV_OPEN_ERROR);

    if (testHost->connectGetURI(conn, &uri) < 0)
        return VIR_DRV_OPEN_ERROR;
    if (!uri.scheme || strcmp(uri.scheme, "test") != 0)
        return VIR_DRV_OPEN_DECLINED;
    if (uri.server)
        return VIR_DRV_OPEN_DECLINED;
    if (!uri.path || !*uri.path || strcmp(uri.path, "/") == 0) {
        testReportError(VIR_ERR_INVALID_ARG, "%s",
                        "testOpen: supply a path or use test:///default");
        return VIR_DRV_OPEN_ERROR;
    }

    if (strcmp(uri.path, "/default") == 0) {
        g_mutex_lock(&testDefaultLock);
        if (testDefaultDriver) {
            testDriverLock(testDefaultDriver);
            testDefaultDriver->refs++;
            testDriverUnlock(testDefaultDriver);
        } else {
            testDefaultDriver = testDriverNewDefault();
        }
        driver = testDefaultDriver;
        g_mutex_unlock(&testDefaultLock);
    } else {
        driver = testDriverNewFromFile(uri.path);
    }
    if (!driver)
        return VIR_DRV_OPEN_ERROR;
    testHost->connectSetPrivateData(conn, driver);
    return VIR_DRV_OPEN_SUCCESS;
}

static int
testConnectClose(virConnectPtr conn)
{
    testDriver *driver = testDriverFromConn(conn);
    bool last;

    testHost->connectSetPrivateData(conn, NULL);
    if (!driver)
        return 0;
    if (driver->isDefault) {
        g_mutex_lock(&testDefaultLock);
        testDriverLock(driver);
        last = --driver->refs == 0;
        testDriverUnlock(driver);
        if (last)
            testDefaultDriver = NULL;
        g_mutex_unlock(&testDefaultLock);
    } else {
        last = true;
    }
    if (last)
        testDriverFree(driver);
    return 0;
}

static const char *
testConnectGetType(virConnectPtr conn G_GNUC_UNUSED)
{
    return "TEST";
}

static int
testConnectGetVersion(virConnectPtr conn G_GNUC_UNUSED, unsigned long *hvVer)
{
    *hvVer = 2;
    return 0;
}

static char *
testConnectGetHostname(virConnectPtr conn G_GNUC_UNUSED)
{
    char name[HOST_NAME_MAX + 1] = "";

    if (gethostname(name, sizeof(name) - 1) < 0) {
        testHost->reportSystemError(virPluginContextInstance, VIR_FROM_TEST, errno,
                                    __FILE__, __func__, __LINE__, "%s",
                                    "failed to determine host name");
        return NULL;
    }
    return g_strdup(name);
}

static int
testConnectIsSecure(virConnectPtr conn G_GNUC_UNUSED)
{
    return 1;
}

static int
testConnectIsEncrypted(virConnectPtr conn G_GNUC_UNUSED)
{
    return 0;
}

static int
testConnectIsAlive(virConnectPtr conn G_GNUC_UNUSED)
{
    return 1;
}

static int
testConnectGetMaxVcpus(virConnectPtr conn G_GNUC_UNUSED, const char *type G_GNUC_UNUSED)
{
    return 32;
}

static int
testNodeGetInfo(virConnectPtr conn, virNodeInfoPtr info)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);

    *info = driver->nodeInfo;
    return 0;
}

static char *
testConnectGetCapabilities(virConnectPtr conn G_GNUC_UNUSED)
{
    static const unsigned int pageSizes[] = { 4, 8, 2048, 1048576 };
    static const char *const osTypes[] = { "hvm", "xen" };
    virPluginCaps *caps = testConf->capsNew("i686", 0, 0);
    char *xml;
    size_t i;
    size_t j;

    if (!caps)
        return NULL;
    testConf->capsAddHostFeature(caps, "pae");
    testConf->capsAddHostFeature(caps, "nonpae");
    for (i = 0; i < G_N_ELEMENTS(pageSizes); i++)
        testConf->capsAddHostPageSize(caps, pageSizes[i]);
    /* two cells of eight CPUs, one socket each */
    for (i = 0; i < 2; i++) {
        virPluginCapsCell *cell = testConf->capsAddCell(caps, i, (i + 1) * 2097152ULL);

        testConf->capsCellAddPages(cell, pageSizes[i], 524288);
        testConf->capsCellAddPages(cell, 2048, 0);
        testConf->capsCellAddPages(cell, 1048576, 0);
        for (j = 0; j < 8; j++) {
            unsigned int id = i * 8 + j;

            testConf->capsCellAddCPU(cell, id, i, 0, j, &id, 1);
        }
    }
    for (i = 0; i < G_N_ELEMENTS(osTypes); i++) {
        virPluginCapsGuest *guest = testConf->capsAddGuest(caps, osTypes[i], "i686", 32,
                                                           "/usr/bin/test-hv", NULL);

        testConf->capsGuestAddDomain(guest, "test", NULL, NULL);
        testConf->capsGuestAddFeature(guest, "pae", -1, -1);
        testConf->capsGuestAddFeature(guest, "nonpae", -1, -1);
    }
    testConf->capsAddSecModel(caps, "testSecurity", "", NULL, NULL);
    xml = testConf->capsFormat(caps);
    testConf->capsFree(caps);
    return xml;
}

/* Completed by testDomainFillDriver() in init(), read-only afterwards. */
static virPluginHypervisorDriver testHypervisorDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginHypervisorDriver),
    .connectOpen = testConnectOpen,
    .connectClose = testConnectClose,
    .connectGetType = testConnectGetType,
    .connectGetVersion = testConnectGetVersion,
    .connectGetHostname = testConnectGetHostname,
    .connectIsSecure = testConnectIsSecure,
    .connectIsEncrypted = testConnectIsEncrypted,
    .connectIsAlive = testConnectIsAlive,
    .connectGetMaxVcpus = testConnectGetMaxVcpus,
    .nodeGetInfo = testNodeGetInfo,
    .connectGetCapabilities = testConnectGetCapabilities,
};

static const char *const testURISchemes[] = { "test", NULL };

static const virPluginConnectDriver testConnectDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginConnectDriver),
    .name = "Test",
    .uriSchemes = testURISchemes,
    .flags = VIR_PLUGIN_CONNECT_LOCAL_ONLY,
    .hypervisor = &testHypervisorDriver,
    .network = &testNetworkDriver,
    .storage = &testStorageDriver,
    .interface = &testInterfaceDriver,
    .nodeDevice = &testNodeDeviceDriver,
};

static int
testPluginInit(virPluginContext *ctx, const virPluginHost *host)
{
    testHost = host;
    if (!(testConf = host->getInterface(ctx, VIR_PLUGIN_INTERFACE_CONF, 1))) {
        host->reportError(ctx, VIR_FROM_TEST, VIR_ERR_INTERNAL_ERROR,
                          __FILE__, __func__, __LINE__, "%s",
                          "the core has no configuration layer (VIR_PLUGIN_INTERFACE_CONF 1)");
        return -1;
    }
    testEvents = host->getInterface(ctx, VIR_PLUGIN_INTERFACE_EVENTS, 1);
    testDomainFillDriver(&testHypervisorDriver);
    testEventFillDriver(&testHypervisorDriver);
    return host->registerDriver(ctx, VIR_PLUGIN_KIND_HYPERVISOR, &testConnectDriver.hdr);
}

VIR_PLUGIN_DEFINE(testPluginInit,
                  .name = "test",
                  .version = PACKAGE_VERSION,
                  .license = "LGPL-2.1-or-later",
                  .kinds = VIR_PLUGIN_KIND_HYPERVISOR,
                  .vendor = "vireo",
                  .origin = "in-tree",
                  .description = "Test hypervisor: test:///default and node files, in memory");
