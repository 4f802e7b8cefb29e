/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * pluginconftest.c: the configuration table plugins get from
 * virPluginHost.getInterface(ctx, VIR_PLUGIN_INTERFACE_CONF, 1)
 *
 * Everything goes through the table, as a plugin would use it.  The
 * metadata sequences and their error codes/messages are what libvirt 9.0's
 * test driver answers to the same calls (virDomainSetMetadata and
 * virDomainGetMetadata on domain "test"); the capabilities built through
 * the table must equal capabilitiesdata/test-default.xml.
 */
#include <config.h>

#include <libvirt/libvirt-plugin-conf.h>

#include "internal.h"
#include "virplugin.h"
#include "testutils.h"

static const virPluginConf *conf;

static const char testDomainXML[] =
    "<domain type='test'>\n"
    "  <name>test</name>\n"
    "  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>\n"
    "  <memory>8388608</memory>\n"
    "  <currentMemory>2097152</currentMemory>\n"
    "  <vcpu>2</vcpu>\n"
    "  <os><type arch='i686'>hvm</type></os>\n"
    "  <devices>\n"
    "    <disk type='file'><source file='/guest/diskimage1'/><target dev='vda'/></disk>\n"
    "    <interface type='network'><mac address='aa:bb:cc:dd:ee:ff'/>"
    "<source network='default'/></interface>\n"
    "    <memballoon model='virtio'/>\n"
    "  </devices>\n"
    "</domain>\n";

static void
testExpectError(int code, int domain, const char *message)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpint(err->domain, ==, domain);
    g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}

static char *
testGetString(const void *def, virPluginConfField field, size_t index)
{
    char *value = NULL;

    g_assert_cmpint(conf->getString(def, field, index, &value), >=, 0);
    return value;
}

static unsigned long long
testGetNumber(const void *def, virPluginConfField field)
{
    unsigned long long value = 0;

    g_assert_cmpint(conf->getNumber(def, field, 0, &value), ==, 1);
    return value;
}

static virPluginDomainDef *
testParseDomain(void)
{
    virPluginDomainDef *def = conf->domainParse(testDomainXML, VIR_PLUGIN_CONF_PARSE_INACTIVE);

    if (!def)
        g_error("%s", virGetLastErrorMessage());
    return def;
}

static void
testNegotiation(void)
{
    g_assert_nonnull(conf);
    g_assert_cmpuint(conf->hdr.structSize, ==, sizeof(virPluginConf));
    g_assert_cmpuint(conf->version, ==, VIR_PLUGIN_CONF_VERSION);
    g_assert_null(virPluginHostTable.getInterface(NULL, VIR_PLUGIN_INTERFACE_CONF,
                                                  VIR_PLUGIN_CONF_VERSION + 1));
    g_assert_null(virPluginHostTable.getInterface(NULL, 0xdead, 1));
}

static void
testDomainFields(void)
{
    virPluginDomainDef *def = testParseDomain();
    unsigned char uuid[VIR_UUID_BUFLEN];
    unsigned long long value;
    g_autofree char *xml = NULL;
    g_autofree char *s = NULL;
    char *t;

    s = testGetString(def, VIR_PLUGIN_DOMAIN_NAME, 0);
    g_assert_cmpstr(s, ==, "test");
    g_clear_pointer(&s, g_free);
    s = testGetString(def, VIR_PLUGIN_DOMAIN_UUID, 0);
    g_assert_cmpstr(s, ==, "6695eb01-f6a4-8304-79aa-97f2502e193f");
    g_assert_cmpint(conf->getUUID(def, VIR_PLUGIN_DOMAIN_UUID, uuid), ==, 0);
    g_assert_cmpuint(uuid[0], ==, 0x66);
    g_assert_cmpuint(uuid[15], ==, 0x3f);

    g_assert_cmpint(conf->getNumber(def, VIR_PLUGIN_DOMAIN_ID, 0, &value), ==, 0);
    g_assert_cmpint(conf->getNumber(def, VIR_PLUGIN_DOMAIN_TEST_RUNSTATE, 0, &value), ==, 0);
    g_assert_cmpuint(testGetNumber(def, VIR_PLUGIN_DOMAIN_MEMORY_TOTAL), ==, 8388608);
    g_assert_cmpuint(testGetNumber(def, VIR_PLUGIN_DOMAIN_MEMORY_CURRENT), ==, 2097152);
    g_assert_cmpuint(testGetNumber(def, VIR_PLUGIN_DOMAIN_VCPUS_MAX), ==, 2);
    g_assert_cmpuint(testGetNumber(def, VIR_PLUGIN_DOMAIN_VCPUS_CURRENT), ==, 2);

    g_assert_cmpint(conf->count(def, VIR_PLUGIN_DOMAIN_DISK_TARGET), ==, 1);
    g_assert_cmpint(conf->count(def, VIR_PLUGIN_DOMAIN_NET_MAC), ==, 1);
    t = testGetString(def, VIR_PLUGIN_DOMAIN_DISK_TARGET, 0);
    g_assert_cmpstr(t, ==, "vda");
    g_free(t);
    t = testGetString(def, VIR_PLUGIN_DOMAIN_DISK_SOURCE, 0);
    g_assert_cmpstr(t, ==, "/guest/diskimage1");
    g_free(t);
    t = testGetString(def, VIR_PLUGIN_DOMAIN_NET_MAC, 0);
    g_assert_cmpstr(t, ==, "aa:bb:cc:dd:ee:ff");
    g_free(t);
    t = testGetString(def, VIR_PLUGIN_DOMAIN_NET_SOURCE, 0);
    g_assert_cmpstr(t, ==, "default");
    g_free(t);
    g_assert_cmpint(conf->getString(def, VIR_PLUGIN_DOMAIN_NET_IFNAME, 0, &t), ==, 0);
    g_assert_null(t);
    g_assert_cmpint(conf->domainGenerateIfnames(def, "testnet"), ==, 0);
    t = testGetString(def, VIR_PLUGIN_DOMAIN_NET_IFNAME, 0);
    g_assert_cmpstr(t, ==, "testnet0");
    g_free(t);

    /* errors: a bad index, a read-only field, an unknown field */
    g_assert_cmpint(conf->getString(def, VIR_PLUGIN_DOMAIN_DISK_TARGET, 1, &t), ==, -1);
    testExpectError(VIR_ERR_INVALID_ARG, VIR_FROM_NONE,
                    "invalid argument: index 1 of configuration field 0x113 is out of "
                    "range (1 values)");
    g_assert_cmpint(conf->setString(def, VIR_PLUGIN_DOMAIN_NAME, 0, "other"), ==, -1);
    testExpectError(VIR_ERR_OPERATION_INVALID, VIR_FROM_NONE,
                    "Requested operation is not valid: configuration field 0x100 cannot "
                    "be changed");
    g_assert_cmpint(conf->getNumber(def, 0x1ff, 0, &value), ==, -1);
    testExpectError(VIR_ERR_NO_SUPPORT, VIR_FROM_NONE,
                    "this function is not supported by the connection driver: unknown "
                    "configuration field 0x1ff");
    g_assert_cmpint(conf->setNumber(def, VIR_PLUGIN_DOMAIN_VCPUS_MAX, 0, 0), ==, -1);
    virResetLastError();

    /* live changes show in the formatted XML */
    g_assert_cmpint(conf->setNumber(def, VIR_PLUGIN_DOMAIN_ID, 0, 7), ==, 0);
    g_assert_cmpint(conf->setNumber(def, VIR_PLUGIN_DOMAIN_VCPUS_CURRENT, 0, 1), ==, 0);
    g_assert_cmpint(conf->setNumber(def, VIR_PLUGIN_DOMAIN_MEMORY_CURRENT, 0, 1024), ==, 0);
    xml = conf->domainFormat(def, 0);
    g_assert_nonnull(strstr(xml, "<domain type='test' id='7'>"));
    g_assert_nonnull(strstr(xml, "<vcpu placement='static' current='1'>2</vcpu>"));
    g_assert_nonnull(strstr(xml, "<currentMemory unit='KiB'>1024</currentMemory>"));
    g_clear_pointer(&xml, g_free);
    xml = conf->domainFormat(def, VIR_DOMAIN_XML_INACTIVE);
    g_assert_nonnull(strstr(xml, "<domain type='test'>"));
    g_assert_cmpint(conf->setNumber(def, VIR_PLUGIN_DOMAIN_ID, 0, ~0ULL), ==, 0);
    g_assert_cmpint(conf->getNumber(def, VIR_PLUGIN_DOMAIN_ID, 0, &value), ==, 0);

    conf->domainFree(def);
}

static void
testDomainCopyAndABI(void)
{
    virPluginDomainDef *def = testParseDomain();
    virPluginDomainDef *copy = conf->domainCopy(def, VIR_DOMAIN_XML_SECURE);
    g_autofree char *a = conf->domainFormat(def, VIR_DOMAIN_XML_INACTIVE);
    g_autofree char *b = NULL;

    g_assert_nonnull(copy);
    b = conf->domainFormat(copy, VIR_DOMAIN_XML_INACTIVE);
    g_assert_cmpstr(a, ==, b);
    g_assert_cmpint(conf->domainCheckABIStability(def, copy, 0), ==, 0);
    g_assert_cmpint(conf->setNumber(copy, VIR_PLUGIN_DOMAIN_VCPUS_MAX, 0, 4), ==, 0);
    g_assert_cmpint(conf->domainCheckABIStability(def, copy, 0), ==, -1);
    testExpectError(VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN,
                    "unsupported configuration: Target domain vCPU max 4 does not match "
                    "source 2");
    conf->domainFree(copy);
    conf->domainFree(def);

    g_assert_null(conf->domainParse("<domain type='test'><name>a/b</name></domain>", 0));
    g_assert_nonnull(virGetLastError());
    virResetLastError();
    g_assert_null(conf->domainParse(testDomainXML, 1 << 7));
    virResetLastError();
}

/* libvirt 9.0, domain "test" of test:///default, one call after another. */
static void
testDomainMetadata(void)
{
    virPluginDomainDef *def = testParseDomain();
    g_autofree char *xml = NULL;
    char *s;

    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "<a/>",
                                            "1bad", "http://x"), ==, -1);
    testExpectError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_XML,
                    "internal error: failed to validate prefix for a new XML namespace");
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "<a/>",
                                            "ok-k", "http://x"), ==, 0);
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "<broken",
                                            "k", "http://x"), ==, -1);
    testExpectError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
                    "(metadata_xml):1: Couldn't find end of Start Tag broken line 1\n"
                    "<broken\n-------^");
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "<a/><b/>",
                                            "k", "http://x"), ==, -1);
    testExpectError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
                    "(metadata_xml):1: Extra content at the end of the document\n"
                    "<a/><b/>\n----^");
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_TITLE, "a\nb",
                                            NULL, NULL), ==, -1);
    /* libvirt words this one without the code's "invalid argument: " */
    testExpectError(VIR_ERR_INVALID_ARG, VIR_FROM_DOMAIN,
                    "metadata title can't contain newlines");
    /* an empty element is a document to parse, not a removal (NULL is) */
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "",
                                            "k", "http://x"), ==, -1);
    testExpectError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
                    "(metadata_xml):1: Document is empty\n(null)\n^");

    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_TITLE, "my title",
                                            NULL, NULL), ==, 0);
    s = conf->domainGetMetadata(def, VIR_DOMAIN_METADATA_TITLE, NULL);
    g_assert_cmpstr(s, ==, "my title");
    g_free(s);
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_TITLE, "",
                                            NULL, NULL), ==, 0);
    g_assert_null(conf->domainGetMetadata(def, VIR_DOMAIN_METADATA_TITLE, NULL));
    testExpectError(VIR_ERR_NO_DOMAIN_METADATA, VIR_FROM_DOMAIN,
                    "metadata not found: Requested metadata element is not present");
    g_assert_null(conf->domainGetMetadata(def, VIR_DOMAIN_METADATA_DESCRIPTION, NULL));
    virResetLastError();
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, NULL,
                                            NULL, "http://never"), ==, 0);

    /* an element in a namespace of its own keeps it: the lookup fails */
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT,
                                            "<p:a xmlns:p=\"http://q\"><p:b/><c/></p:a>",
                                            "k", "http://x"), ==, 0);
    g_assert_null(conf->domainGetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "http://x"));
    virResetLastError();
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT,
                                            "<a>  <b>x</b>\n<c/></a>", "k", "http://y"), ==, 0);
    s = conf->domainGetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "http://y");
    g_assert_cmpstr(s, ==, "<a>  <b>x</b>\n<c/></a>");
    g_free(s);
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT,
                                            "<z xmlns:k=\"http://x\"><k:w/></z>",
                                            "k", "http://x"), ==, -1);
    testExpectError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_XML,
                    "internal error: failed to create a new XML namespace");

    xml = conf->domainFormat(def, 0);
    g_assert_nonnull(strstr(xml,
                            "  <metadata>\n"
                            "    <p:a xmlns:p=\"http://q\" xmlns:k=\"http://x\">\n"
                            "      <p:b/>\n"
                            "      <k:c/>\n"
                            "    </p:a>\n"
                            "    <k:a xmlns:k=\"http://y\">  <k:b>x</k:b>\n"
                            "<k:c/></k:a>\n"
                            "  </metadata>\n"));
    g_clear_pointer(&xml, g_free);

    /* an element is handed back without the namespace it was stored in */
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT,
                                            "<foo a=\"1\"><bar/></foo>", "ex",
                                            "http://ex.org/a"), ==, 0);
    s = conf->domainGetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "http://ex.org/a");
    g_assert_cmpstr(s, ==, "<foo a=\"1\">\n  <bar/>\n</foo>");
    g_free(s);

    /* removing every element leaves an empty <metadata/>; the element
     * stored under http://x lives in its own namespace http://q */
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, NULL, NULL,
                                            "http://ex.org/a"), ==, 0);
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, NULL, NULL,
                                            "http://x"), ==, 0);
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, NULL, NULL,
                                            "http://y"), ==, 0);
    xml = conf->domainFormat(def, 0);
    g_assert_nonnull(strstr(xml, "<p:a xmlns:p=\"http://q\" xmlns:k=\"http://x\">"));
    g_clear_pointer(&xml, g_free);
    g_assert_cmpint(conf->domainSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, NULL, NULL,
                                            "http://q"), ==, 0);
    xml = conf->domainFormat(def, 0);
    g_assert_nonnull(strstr(xml, "<uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>\n"
                                 "  <metadata/>\n"));
    conf->domainFree(def);
}

static void
testNetworkPoolVol(void)
{
    virPluginNetworkDef *net = conf->networkParse(
        "<network><name>default</name><uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>"
        "<forward/><bridge name='virbr0'/><ip address='192.168.122.1' prefix='24'/></network>", 0);
    virPluginStoragePoolDef *pool = conf->poolParse(
        "<pool type='dir'><name>p</name><target><path>/p</path></target></pool>", 0);
    virPluginStorageVolDef *vol = NULL;
    g_autofree char *xml = NULL;
    char *s;

    if (!net || !pool)
        g_error("%s", virGetLastErrorMessage());
    s = testGetString(net, VIR_PLUGIN_NETWORK_FORWARD_MODE, 0);
    g_assert_cmpstr(s, ==, "nat");
    g_free(s);
    g_assert_cmpint(conf->setString(net, VIR_PLUGIN_NETWORK_BRIDGE, 0, "virbr9"), ==, 0);
    xml = conf->networkFormat(net, 0);
    g_assert_nonnull(strstr(xml, "<bridge name='virbr9' stp='on' delay='0'/>"));
    g_clear_pointer(&xml, g_free);

    s = testGetString(pool, VIR_PLUGIN_POOL_TYPE, 0);
    g_assert_cmpstr(s, ==, "dir");
    g_free(s);
    g_assert_cmpint(conf->setNumber(pool, VIR_PLUGIN_POOL_CAPACITY, 0, 107374182400ULL), ==, 0);
    xml = conf->poolFormat(pool);
    g_assert_nonnull(strstr(xml, "<capacity unit='bytes'>107374182400</capacity>"));
    g_clear_pointer(&xml, g_free);

    vol = conf->volParse(pool, "<volume><name>v.img</name><capacity unit='G'>1</capacity>"
                         "</volume>", 0);
    g_assert_nonnull(vol);
    g_assert_cmpint(conf->setString(vol, VIR_PLUGIN_VOL_PATH, 0, "/p/v.img"), ==, 0);
    g_assert_cmpint(conf->setString(vol, VIR_PLUGIN_VOL_KEY, 0, "/p/v.img"), ==, 0);
    g_assert_cmpuint(testGetNumber(vol, VIR_PLUGIN_VOL_CAPACITY), ==, 1073741824ULL);
    g_assert_cmpint(conf->setString(vol, VIR_PLUGIN_VOL_TYPE, 0, "nonsense"), ==, -1);
    virResetLastError();
    xml = conf->volFormat(pool, vol);
    g_assert_nonnull(strstr(xml, "<key>/p/v.img</key>"));
    g_assert_nonnull(strstr(xml, "<path>/p/v.img</path>"));
    g_assert_null(conf->volParse(pool, "<volume><name>v</name></volume>", 0));
    virResetLastError();
    conf->volFree(vol);
    vol = conf->volParse(pool, "<volume><name>v</name></volume>",
                         VIR_PLUGIN_CONF_PARSE_VOL_NO_CAPACITY);
    g_assert_nonnull(vol);

    conf->volFree(vol);
    conf->poolFree(pool);
    conf->networkFree(net);
}

/* The test driver's capabilities, built through the table. */
static void
testCaps(void)
{
    static const unsigned int pageSizes[] = { 4, 8, 2048, 1048576 };
    static const char *const osTypes[] = { "hvm", "xen" };
    virPluginCaps *caps = conf->capsNew("i686", 0, 0);
    g_autofree char *path = virTestDataPath("capabilitiesdata", "test-default", ".xml");
    g_autofree char *xml = NULL;
    size_t i;
    size_t j;

    conf->capsAddHostFeature(caps, "pae");
    conf->capsAddHostFeature(caps, "nonpae");
    for (i = 0; i < G_N_ELEMENTS(pageSizes); i++)
        conf->capsAddHostPageSize(caps, pageSizes[i]);
    for (i = 0; i < 2; i++) {
        virPluginCapsCell *cell = conf->capsAddCell(caps, i, (i + 1) * 2097152ULL);

        conf->capsCellAddPages(cell, pageSizes[i], 524288);
        conf->capsCellAddPages(cell, 2048, 0);
        conf->capsCellAddPages(cell, 1048576, 0);
        for (j = 0; j < 8; j++) {
            unsigned int id = i * 8 + j;

            conf->capsCellAddCPU(cell, id, i, 0, j, &id, 1);
        }
    }
    for (i = 0; i < G_N_ELEMENTS(osTypes); i++) {
        virPluginCapsGuest *guest = conf->capsAddGuest(caps, osTypes[i], "i686", 32,
                                                       "/usr/bin/test-hv", NULL);

        g_assert_cmpint(conf->capsGuestAddDomain(guest, "test", NULL, NULL), ==, 0);
        g_assert_cmpint(conf->capsGuestAddFeature(guest, "pae", -1, -1), ==, 0);
        g_assert_cmpint(conf->capsGuestAddFeature(guest, "nonpae", -1, -1), ==, 0);
        g_assert_cmpint(conf->capsGuestAddFeature(guest, "warp-drive", -1, -1), ==, -1);
        virResetLastError();
    }
    g_assert_cmpint(conf->capsAddSecModel(caps, "testSecurity", "", NULL, NULL), ==, 0);

    xml = conf->capsFormat(caps);
    virTestCompareToFile(xml, path);
    conf->capsFree(caps);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    conf = virPluginHostTable.getInterface(NULL, VIR_PLUGIN_INTERFACE_CONF, 1);

    g_test_add_func("/pluginconf/negotiation", testNegotiation);
    g_test_add_func("/pluginconf/domain-fields", testDomainFields);
    g_test_add_func("/pluginconf/domain-copy-abi", testDomainCopyAndABI);
    g_test_add_func("/pluginconf/domain-metadata", testDomainMetadata);
    g_test_add_func("/pluginconf/network-pool-vol", testNetworkPoolVol);
    g_test_add_func("/pluginconf/capabilities", testCaps);
    return g_test_run();
}
