/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * networkxml2xmltest.c: network XML parse, validate, format
 *
 * Data-driven: every networkxml2xmldata/NAME.xml is parsed.  With a
 * NAME.expect.xml beside it, parsing must succeed and the inactive
 * formatting must equal that file (libvirt 9.0's output for the same
 * input), validate against docs/schemas/network.rng and format the same
 * again once parsed back.  With a NAME.err, parsing must fail with exactly
 * that message.  VIR_TEST_REGENERATE_OUTPUT=1 rewrites both kinds of file
 * (review the diff: they come from libvirt, not from us).
 */
#include <config.h>

#include <libxml/relaxng.h>

#include "internal.h"
#include "virnetworkdef.h"
#include "virxml.h"
#include "testutils.h"

#define DATADIR "networkxml2xmldata"

static xmlRelaxNGPtr networkSchema;

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt);

static xmlRelaxNGPtr
testLoadSchema(void)
{
    g_autofree char *path = g_test_build_filename(G_TEST_DIST, "..", "docs", "schemas",
                                                  "network.rng", NULL);
    g_autoptr(xmlRelaxNGParserCtxt) pctxt = xmlRelaxNGNewParserCtxt(path);
    xmlRelaxNGPtr schema = pctxt ? xmlRelaxNGParse(pctxt) : NULL;

    if (!schema)
        g_error("cannot load the RelaxNG schema %s", path);
    return schema;
}

/* Fails the test unless @xml (named @what in messages) is valid. */
static void
testValidate(const char *xml, const char *what)
{
    g_autoptr(xmlDoc) doc = xmlReadMemory(xml, strlen(xml), what, NULL, XML_PARSE_NONET);
    g_autoptr(xmlRelaxNGValidCtxt) vctxt = xmlRelaxNGNewValidCtxt(networkSchema);

    if (!doc) {
        g_printerr("%s is not well-formed XML\n", what);
        g_test_fail();
        return;
    }
    if (xmlRelaxNGValidateDoc(vctxt, doc) != 0) {
        g_printerr("%s does not validate against network.rng\n", what);
        g_test_fail();
    }
}

static void
testNetworkXML2XML(gconstpointer data)
{
    const char *name = data;
    g_autofree char *inPath = virTestDataPath(DATADIR, name, ".xml");
    g_autofree char *outPath = virTestDataPath(DATADIR, name, ".expect.xml");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virNetworkDef) def = NULL;
    g_autoptr(virNetworkDef) again = NULL;
    g_autofree char *actual = NULL;
    g_autofree char *reformatted = NULL;
    g_autofree char *expected = NULL;

    if (!(def = virNetworkDefParseString(in, 0)))
        g_error("%s: %s", inPath, virGetLastErrorMessage());
    actual = virNetworkDefFormat(def, VIR_NETWORK_XML_INACTIVE);
    g_assert_nonnull(actual);
    virTestCompareToFile(actual, outPath);

    expected = virTestLoadFile(outPath);
    testValidate(expected, outPath);
    testValidate(actual, "the formatted XML");

    /* what we write reads back to the same definition */
    if (!(again = virNetworkDefParseString(actual, 0)))
        g_error("%s, parsed back: %s", inPath, virGetLastErrorMessage());
    reformatted = virNetworkDefFormat(again, VIR_NETWORK_XML_INACTIVE);
    g_assert_cmpstr(reformatted, ==, actual);
}

static void
testNetworkParseError(gconstpointer data)
{
    const char *name = data;
    g_autofree char *inPath = virTestDataPath(DATADIR, name, ".xml");
    g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(in, 0);
    g_autofree char *message = NULL;

    if (def)
        g_error("%s: parsed, but it should have failed", inPath);
    message = g_strdup_printf("%s\n", virGetLastErrorMessage());
    virTestCompareToFile(message, errPath);
}

/* Without <uuid>, a random one is generated, and formatted as any other. */
static void
testNetworkGeneratedUUID(void)
{
    g_autoptr(virNetworkDef) first = virNetworkDefParseString(
        "<network><name>n</name></network>", 0);
    g_autoptr(virNetworkDef) second = virNetworkDefParseString(
        "<network><name>n</name></network>", 0);
    g_autofree char *xml = NULL;
    g_autoptr(virNetworkDef) back = NULL;

    g_assert_nonnull(first);
    g_assert_nonnull(second);
    g_assert_false(first->uuidSpecified);
    g_assert_true(memcmp(first->uuid, second->uuid, VIR_UUID_BUFLEN) != 0);

    xml = virNetworkDefFormat(first, VIR_NETWORK_XML_INACTIVE);
    testValidate(xml, "a network with a generated UUID");
    back = virNetworkDefParseString(xml, 0);
    g_assert_nonnull(back);
    g_assert_true(back->uuidSpecified);
    g_assert_cmpmem(back->uuid, VIR_UUID_BUFLEN, first->uuid, VIR_UUID_BUFLEN);
}

/* Live state (connection counts) is formatted only without INACTIVE. */
static void
testNetworkLiveState(void)
{
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(
        "<network><name>live</name><uuid>81ff0d90-c91e-6742-64da-4a736edb9a9b</uuid>"
        "<forward mode='bridge'><interface dev='eth1'/></forward></network>", 0);
    g_autofree char *live = NULL;
    g_autofree char *inactive = NULL;

    g_assert_nonnull(def);
    def->connections = 3;
    def->forward.ifs[0].connections = 2;
    live = virNetworkDefFormat(def, 0);
    inactive = virNetworkDefFormat(def, VIR_NETWORK_XML_INACTIVE);
    g_assert_cmpstr(live, ==,
                    "<network connections='3'>\n"
                    "  <name>live</name>\n"
                    "  <uuid>81ff0d90-c91e-6742-64da-4a736edb9a9b</uuid>\n"
                    "  <forward dev='eth1' mode='bridge'>\n"
                    "    <interface dev='eth1' connections='2'/>\n"
                    "  </forward>\n"
                    "</network>\n");
    g_assert_null(strstr(inactive, "connections"));
    testValidate(live, "the live XML");
}

/* Interfaces found from a <pf> at start-up are not part of the configuration. */
static void
testNetworkPfInterfaces(void)
{
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(
        "<network><name>pf</name><uuid>81ff0d90-c91e-6742-64da-4a736edb9a9b</uuid>"
        "<forward mode='passthrough'><pf dev='eth0'/></forward></network>", 0);
    g_autofree char *live = NULL;
    g_autofree char *inactive = NULL;

    g_assert_nonnull(def);
    def->forward.ifs = g_new0(virNetworkForwardIfDef, 1);
    def->forward.ifs[0].type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV;
    def->forward.ifs[0].device.dev = g_strdup("eth0v1");
    def->forward.nifs = 1;
    live = virNetworkDefFormat(def, 0);
    inactive = virNetworkDefFormat(def, VIR_NETWORK_XML_INACTIVE);
    g_assert_nonnull(strstr(live, "<interface dev='eth0v1'/>"));
    g_assert_null(strstr(inactive, "eth0v1"));
    g_assert_nonnull(strstr(inactive, "<pf dev='eth0'/>"));
}

static void
testNetworkParseFile(void)
{
    g_autofree char *path = virTestDataPath(DATADIR, "nat-default", ".xml");
    g_autofree char *outPath = virTestDataPath(DATADIR, "nat-default", ".expect.xml");
    g_autofree char *expected = virTestLoadFile(outPath);
    g_autoptr(virNetworkDef) def = virNetworkDefParseFile(path, 0);
    g_autofree char *actual = NULL;

    g_assert_nonnull(def);
    actual = virNetworkDefFormat(def, VIR_NETWORK_XML_INACTIVE);
    g_assert_cmpstr(actual, ==, expected);

    g_assert_null(virNetworkDefParseFile("/nonexistent/network.xml", 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: failed to parse xml document '/nonexistent/network.xml'");
}

static void
testNetworkFlags(void)
{
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(
        "<network><name>f</name></network>", 0);

    g_assert_nonnull(def);
    g_assert_null(virNetworkDefParseString("<network><name>f</name></network>", 1 << 7));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_null(virNetworkDefFormat(def, 1 << 7));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "unsupported flags (0x80) in function virNetworkDefFormat");
    virNetworkDefFree(NULL);
}

/* The cases: every NAME.xml of the data folder (unordered). */
static GPtrArray *
testListCases(void)
{
    g_autofree char *dir = g_test_build_filename(G_TEST_DIST, DATADIR, NULL);
    g_autoptr(GError) err = NULL;
    g_autoptr(GDir) gdir = g_dir_open(dir, 0, &err);
    GPtrArray *cases = g_ptr_array_new_with_free_func(g_free);
    const char *file;

    if (!gdir)
        g_error("cannot list %s: %s", dir, err->message);
    while ((file = g_dir_read_name(gdir))) {
        if (g_str_has_suffix(file, ".xml") && !g_str_has_suffix(file, ".expect.xml"))
            g_ptr_array_add(cases, g_strndup(file, strlen(file) - strlen(".xml")));
    }
    return cases;
}

static int
testPtrStrcmp(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(int argc, char **argv)
{
    g_autoptr(GPtrArray) cases = NULL;
    g_autoptr(GPtrArray) testNames = g_ptr_array_new_with_free_func(g_free);
    size_t i;
    int ret;

    g_test_init(&argc, &argv, NULL);
    networkSchema = testLoadSchema();

    cases = testListCases();
    g_ptr_array_sort(cases, testPtrStrcmp);
    for (i = 0; i < cases->len; i++) {
        const char *name = g_ptr_array_index(cases, i);
        g_autofree char *expectPath = virTestDataPath(DATADIR, name, ".expect.xml");
        g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
        char *testName;

        if (g_file_test(expectPath, G_FILE_TEST_EXISTS)) {
            testName = g_strdup_printf("/network/xml2xml/%s", name);
            g_test_add_data_func(testName, name, testNetworkXML2XML);
        } else if (g_file_test(errPath, G_FILE_TEST_EXISTS)) {
            testName = g_strdup_printf("/network/parse-error/%s", name);
            g_test_add_data_func(testName, name, testNetworkParseError);
        } else {
            g_error("%s.xml has neither %s.expect.xml nor %s.err", name, name, name);
        }
        g_ptr_array_add(testNames, testName);
    }
    g_test_add_func("/network/generated-uuid", testNetworkGeneratedUUID);
    g_test_add_func("/network/live-state", testNetworkLiveState);
    g_test_add_func("/network/pf-interfaces", testNetworkPfInterfaces);
    g_test_add_func("/network/parse-file", testNetworkParseFile);
    g_test_add_func("/network/flags", testNetworkFlags);

    ret = g_test_run();
    xmlRelaxNGFree(networkSchema);
    return ret;
}
