/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * interfacexml2xmltest.c: host interface XML parse, validate, format
 *
 * Data-driven: every interfacexml2xmldata/NAME.xml is parsed.  With a
 * NAME.expect.xml beside it (what libvirt 9.0's test driver prints after
 * "iface-define NAME.xml", see regenerate.sh there), parsing must succeed,
 * the live and the inactive formatting must both equal that file, the file
 * and our output must be valid against docs/schemas/interface.rng, and the
 * output must format the same again once parsed back.  With a NAME.err,
 * parsing must fail with exactly that message.
 * VIR_TEST_REGENERATE_OUTPUT=1 rewrites both kinds of file from our output
 * (review the diff: they come from libvirt, not from us).
 */
#include <config.h>

#include <libxml/relaxng.h>

#include "internal.h"
#include "virinterfacedef.h"
#include "virxml.h"
#include "testutils.h"

#define DATADIR "interfacexml2xmldata"

static xmlRelaxNGPtr interfaceSchema;

static void
testInterfaceXML2XML(gconstpointer data)
{
    const char *name = data;
    g_autofree char *inPath = virTestDataPath(DATADIR, name, ".xml");
    g_autofree char *outPath = virTestDataPath(DATADIR, name, ".expect.xml");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virInterfaceDef) def = NULL;
    g_autoptr(virInterfaceDef) again = NULL;
    g_autofree char *actual = NULL;
    g_autofree char *inactive = NULL;
    g_autofree char *reformatted = NULL;
    g_autofree char *expected = NULL;

    if (!(def = virInterfaceDefParseString(in, 0)))
        g_error("%s: %s", inPath, virGetLastErrorMessage());
    actual = virInterfaceDefFormat(def, 0);
    g_assert_nonnull(actual);
    virTestCompareToFile(actual, outPath);

    /* libvirt keeps nothing live-only in this XML: both forms are the same */
    inactive = virInterfaceDefFormat(def, VIR_INTERFACE_XML_INACTIVE);
    g_assert_cmpstr(inactive, ==, actual);

    expected = virTestLoadFile(outPath);
    virTestValidateSchema(interfaceSchema, outPath, expected);
    virTestValidateSchema(interfaceSchema, "the formatted XML", actual);

    /* what we write reads back to the same definition */
    if (!(again = virInterfaceDefParseString(actual, VIR_INTERFACE_DEF_PARSE_VALIDATE)))
        g_error("%s, parsed back: %s", inPath, virGetLastErrorMessage());
    reformatted = virInterfaceDefFormat(again, 0);
    g_assert_cmpstr(reformatted, ==, actual);
}

static void
testInterfaceParseError(gconstpointer data)
{
    const char *name = data;
    g_autofree char *inPath = virTestDataPath(DATADIR, name, ".xml");
    g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virInterfaceDef) def = NULL;
    g_autofree char *message = NULL;

    virResetLastError();
    if ((def = virInterfaceDefParseString(in, 0)))
        g_error("%s: parsed, but it should have failed", inPath);
    message = g_strdup_printf("%s\n", virGetLastErrorMessage());
    virTestCompareToFile(message, errPath);
}

/* The MAC address is what virInterfaceGetMACString() returns: NULL if none. */
static void
testInterfaceMAC(void)
{
    g_autoptr(virInterfaceDef) with = virInterfaceDefParseString(
        "<interface type='ethernet' name='eth0'><mac address='52:54:00:01:02:03'/></interface>", 0);
    g_autoptr(virInterfaceDef) without = virInterfaceDefParseString(
        "<interface type='ethernet' name='eth1'><mac address=''/></interface>", 0);
    /* only an ethernet interface has a MAC address of its own */
    g_autoptr(virInterfaceDef) bridge = virInterfaceDefParseString(
        "<interface type='bridge' name='br0'><mac address='52:54:00:01:02:03'/>"
        "<bridge><interface type='ethernet' name='eth2'><mac address='52:54:00:0a:0b:0c'/>"
        "</interface></bridge></interface>", 0);

    g_assert_nonnull(with);
    g_assert_cmpstr(with->name, ==, "eth0");
    g_assert_cmpstr(with->mac, ==, "52:54:00:01:02:03");
    g_assert_nonnull(without);
    g_assert_null(without->mac);
    g_assert_nonnull(bridge);
    g_assert_null(bridge->mac);
    g_assert_cmpuint(bridge->bridge.nitfs, ==, 1);
    g_assert_cmpstr(bridge->bridge.itfs[0]->mac, ==, "52:54:00:0a:0b:0c");
}

/* name='' is accepted, as libvirt 9.0's test driver does ("Interface  defined"). */
static void
testInterfaceEmptyName(void)
{
    g_autoptr(virInterfaceDef) def = virInterfaceDefParseString(
        "<interface type='ethernet' name=''><mac address='aa:bb:cc:00:11:22'/></interface>", 0);
    g_autofree char *xml = NULL;

    g_assert_nonnull(def);
    g_assert_cmpstr(def->name, ==, "");
    xml = virInterfaceDefFormat(def, 0);
    g_assert_cmpstr(xml, ==,
                    "<interface type='ethernet' name=''>\n"
                    "  <mac address='aa:bb:cc:00:11:22'/>\n"
                    "</interface>\n");
}

/* Values libvirt writes unescaped are escaped, so the output stays XML. */
static void
testInterfaceEscaping(void)
{
    g_autoptr(virInterfaceDef) def = virInterfaceDefParseString(
        "<interface type='bond' name='b'><bond>"
        "<arpmon interval='1' target='1&amp;2'/>"
        "<interface type='ethernet' name='e'><mac address='&lt;m&gt;'/></interface>"
        "</bond></interface>", 0);
    g_autofree char *xml = NULL;
    g_autoptr(virInterfaceDef) again = NULL;
    g_autofree char *reformatted = NULL;

    g_assert_nonnull(def);
    xml = virInterfaceDefFormat(def, 0);
    g_assert_nonnull(strstr(xml, "target='1&amp;2'"));
    g_assert_nonnull(strstr(xml, "<mac address='&lt;m&gt;'/>"));
    again = virInterfaceDefParseString(xml, 0);
    g_assert_nonnull(again);
    reformatted = virInterfaceDefFormat(again, 0);
    g_assert_cmpstr(reformatted, ==, xml);
}

/* A definition built by a driver: the live <link> is written in both forms. */
static void
testInterfaceLiveLink(void)
{
    g_autoptr(virInterfaceDef) def = virInterfaceDefParseString(
        "<interface type='ethernet' name='eth0'><mac address='52:54:00:01:02:03'/></interface>", 0);
    g_autofree char *live = NULL;
    g_autofree char *inactive = NULL;
    const char *expected =
        "<interface type='ethernet' name='eth0'>\n"
        "  <link speed='1000' state='up'/>\n"
        "  <mac address='52:54:00:01:02:03'/>\n"
        "</interface>\n";

    g_assert_nonnull(def);
    def->lnk.state = VIR_INTERFACE_LINK_STATE_UP;
    def->lnk.speed = 1000;
    live = virInterfaceDefFormat(def, 0);
    inactive = virInterfaceDefFormat(def, VIR_INTERFACE_XML_INACTIVE);
    g_assert_cmpstr(live, ==, expected);
    g_assert_cmpstr(inactive, ==, expected);
    virTestValidateSchema(interfaceSchema, "the live XML", live);
}

/* Definitions that cannot be formatted fail with an error, not bad XML. */
static void
testInterfaceFormatErrors(void)
{
    g_autoptr(virInterfaceDef) def = g_new0(virInterfaceDef, 1);

    def->type = VIR_INTERFACE_TYPE_VLAN;
    def->name = g_strdup("v");
    g_assert_null(virInterfaceDefFormat(def, 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);

    def->type = VIR_INTERFACE_TYPE_LAST;
    g_assert_null(virInterfaceDefFormat(def, 0));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "internal error: Unexpected enum value 4 for virInterfaceType");

    def->type = VIR_INTERFACE_TYPE_BOND;
    def->bond.monitor = VIR_INTERFACE_BOND_MONITOR_ARP;
    g_assert_null(virInterfaceDefFormat(def, 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);

    g_clear_pointer(&def->name, g_free);
    def->type = VIR_INTERFACE_TYPE_ETHERNET;
    g_assert_null(virInterfaceDefFormat(def, 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
}

/* The error of an unreadable MTU is libvirt's generic one, code and all. */
static void
testInterfaceUnknownCause(void)
{
    virResetLastError();
    g_assert_null(virInterfaceDefParseString(
        "<interface type='ethernet' name='e'><mtu size='1500 '/></interface>", 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_NONE);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "An error occurred, but the cause is unknown");

    g_assert_null(virInterfaceDefParseString(
        "<interface type='ethernet' name='e'><mtu size='1501'/><protocol/></interface>", 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_ERROR);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_INTERFACE);
}

static void
testInterfaceValidate(void)
{
    const char *valid = "<interface type='ethernet' name='eth0'><mtu size='1500'/></interface>";
    const char *invalid = "<interface type='ethernet' name='eth0'><bogus/></interface>";
    g_autoptr(virInterfaceDef) def = NULL;
    g_autoptr(virInterfaceDef) lenient = NULL;

    def = virInterfaceDefParseString(valid, VIR_INTERFACE_DEF_PARSE_VALIDATE |
                                     VIR_INTERFACE_DEF_PARSE_INACTIVE);
    g_assert_nonnull(def);

    g_assert_null(virInterfaceDefParseString(invalid, VIR_INTERFACE_DEF_PARSE_VALIDATE));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_INVALID_SCHEMA);
    g_assert_true(g_str_has_prefix(virGetLastErrorMessage(),
                                   "XML document failed to validate against schema: "
                                   "Unable to validate doc against "));
    /* without the flag, unknown elements are ignored */
    lenient = virInterfaceDefParseString(invalid, 0);
    g_assert_nonnull(lenient);
}

static void
testInterfaceParseNode(void)
{
    static const char xml[] =
        "<interfaces><interface type='vlan' name='v5'><vlan tag='5'>"
        "<interface name='eth0'/></vlan></interface></interfaces>";
    g_autoptr(xmlDoc) doc = xmlReadMemory(xml, sizeof(xml) - 1, "node.xml", NULL,
                                          XML_PARSE_NONET);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    g_autoptr(virInterfaceDef) def = NULL;

    g_assert_null(virInterfaceDefParseNode(doc, root, 0));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: expecting root element of 'interface', not 'interfaces'");

    def = virInterfaceDefParseNode(doc, xmlFirstElementChild(root), 0);
    g_assert_nonnull(def);
    g_assert_cmpint(def->type, ==, VIR_INTERFACE_TYPE_VLAN);
    g_assert_cmpstr(def->vlan.tag, ==, "5");
    g_assert_cmpstr(def->vlan.dev, ==, "eth0");
}

static void
testInterfaceParseFile(void)
{
    g_autofree char *path = virTestDataPath(DATADIR, "ethernet-full", ".xml");
    g_autofree char *outPath = virTestDataPath(DATADIR, "ethernet-full", ".expect.xml");
    g_autofree char *expected = virTestLoadFile(outPath);
    g_autoptr(virInterfaceDef) def = virInterfaceDefParseFile(path, 0);
    g_autofree char *actual = NULL;

    g_assert_nonnull(def);
    actual = virInterfaceDefFormat(def, 0);
    g_assert_cmpstr(actual, ==, expected);

    g_assert_null(virInterfaceDefParseFile("/nonexistent/interface.xml", 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: failed to parse xml document '/nonexistent/interface.xml'");
}

static void
testInterfaceFlags(void)
{
    const char *xml = "<interface type='ethernet' name='f'/>";
    g_autoptr(virInterfaceDef) def = virInterfaceDefParseString(xml, 0);

    g_assert_nonnull(def);
    g_assert_null(virInterfaceDefParseString(xml, 1 << 7));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_null(virInterfaceDefFormat(def, 1 << 7));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "unsupported flags (0x80) in function virInterfaceDefFormat");
    virInterfaceDefFree(NULL);
}

/* The cases: every NAME.xml of the data folder. */
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
    interfaceSchema = virTestLoadSchema("interface.rng");
    /* VIR_INTERFACE_DEF_PARSE_VALIDATE uses the tree's schema, also when run by hand */
    if (!g_getenv("LIBVIRT_SCHEMA_DIR")) {
        g_autofree char *dir = g_test_build_filename(G_TEST_DIST, "..", "docs", "schemas", NULL);

        g_setenv("LIBVIRT_SCHEMA_DIR", dir, TRUE);
    }

    cases = testListCases();
    g_ptr_array_sort(cases, testPtrStrcmp);
    for (i = 0; i < cases->len; i++) {
        const char *name = g_ptr_array_index(cases, i);
        g_autofree char *expectPath = virTestDataPath(DATADIR, name, ".expect.xml");
        g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
        char *testName;

        if (g_file_test(expectPath, G_FILE_TEST_EXISTS)) {
            testName = g_strdup_printf("/interface/xml2xml/%s", name);
            g_test_add_data_func(testName, name, testInterfaceXML2XML);
        } else if (g_file_test(errPath, G_FILE_TEST_EXISTS)) {
            testName = g_strdup_printf("/interface/parse-error/%s", name);
            g_test_add_data_func(testName, name, testInterfaceParseError);
        } else {
            g_error("%s.xml has neither %s.expect.xml nor %s.err", name, name, name);
        }
        g_ptr_array_add(testNames, testName);
    }
    g_test_add_func("/interface/mac", testInterfaceMAC);
    g_test_add_func("/interface/empty-name", testInterfaceEmptyName);
    g_test_add_func("/interface/escaping", testInterfaceEscaping);
    g_test_add_func("/interface/live-link", testInterfaceLiveLink);
    g_test_add_func("/interface/format-errors", testInterfaceFormatErrors);
    g_test_add_func("/interface/unknown-cause", testInterfaceUnknownCause);
    g_test_add_func("/interface/validate", testInterfaceValidate);
    g_test_add_func("/interface/parse-node", testInterfaceParseNode);
    g_test_add_func("/interface/parse-file", testInterfaceParseFile);
    g_test_add_func("/interface/flags", testInterfaceFlags);

    ret = g_test_run();
    xmlRelaxNGFree(interfaceSchema);
    return ret;
}
