/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * networkupdatetest.c: virNetworkDefUpdateSection(), the XML side of
 * virNetworkUpdate()
 *
 * Data-driven: every networkupdatedata/NAME.update is a case: a [case]
 * group naming the network (network=in-nat reads in-nat.xml), then one
 * group per step, applied in order (command, section: names as virsh
 * net-update spells them or numbers; parent-index, default -1; flags=config
 * for a persistent definition; xml, with \n for new lines).  Every step
 * but the last must succeed.  With NAME.expect.xml the last one must
 * succeed too and the network must then format as that file (which must
 * validate against docs/schemas/network.rng); with NAME.err it must fail
 * with exactly that "VIR_ERR_CODE: message", leaving the definition as it
 * was.  The expected files are libvirt 9.0's answers, written by
 * networkupdatedata/oracle.py; VIR_TEST_REGENERATE_OUTPUT=1 writes ours
 * instead (review the diff: they should not change).
 */
#include <config.h>

#include "internal.h"
#include "virerror.h"
#include "virnetworkdef.h"
#include "virxml.h"
#include "testutils.h"

#define DATADIR "networkupdatedata"

static xmlRelaxNGPtr networkSchema;

static const char *const testCommands[] = {
    [VIR_NETWORK_UPDATE_COMMAND_MODIFY] = "modify",
    [VIR_NETWORK_UPDATE_COMMAND_DELETE] = "delete",
    [VIR_NETWORK_UPDATE_COMMAND_ADD_LAST] = "add-last",
    [VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST] = "add-first",
};

static const char *const testSections[] = {
    [VIR_NETWORK_SECTION_BRIDGE] = "bridge",
    [VIR_NETWORK_SECTION_DOMAIN] = "domain",
    [VIR_NETWORK_SECTION_IP] = "ip",
    [VIR_NETWORK_SECTION_IP_DHCP_HOST] = "ip-dhcp-host",
    [VIR_NETWORK_SECTION_IP_DHCP_RANGE] = "ip-dhcp-range",
    [VIR_NETWORK_SECTION_FORWARD] = "forward",
    [VIR_NETWORK_SECTION_FORWARD_INTERFACE] = "forward-interface",
    [VIR_NETWORK_SECTION_FORWARD_PF] = "forward-pf",
    [VIR_NETWORK_SECTION_PORTGROUP] = "portgroup",
    [VIR_NETWORK_SECTION_DNS_HOST] = "dns-host",
    [VIR_NETWORK_SECTION_DNS_TXT] = "dns-txt",
    [VIR_NETWORK_SECTION_DNS_SRV] = "dns-srv",
};

#define TEST_ERROR(code) { code, #code }
static const struct {
    int code;
    const char *name;
} testErrors[] = {
    TEST_ERROR(VIR_ERR_INTERNAL_ERROR),
    TEST_ERROR(VIR_ERR_INVALID_ARG),
    TEST_ERROR(VIR_ERR_XML_ERROR),
    TEST_ERROR(VIR_ERR_XML_DETAIL),
    TEST_ERROR(VIR_ERR_SYSTEM_ERROR),
    TEST_ERROR(VIR_ERR_OPERATION_INVALID),
    TEST_ERROR(VIR_ERR_CONFIG_UNSUPPORTED),
    TEST_ERROR(VIR_ERR_OPERATION_UNSUPPORTED),
};

/* A word of @words (indexed by value), or a number. */
static unsigned int
testParseWord(const char *const *words, size_t nwords, const char *value, const char *what)
{
    guint64 number;
    size_t i;

    for (i = 0; i < nwords; i++) {
        if (words[i] && g_str_equal(words[i], value))
            return i;
    }
    if (!g_ascii_string_to_unsigned(value, 10, 0, G_MAXUINT, &number, NULL))
        g_error("unknown %s '%s'", what, value);
    return number;
}

/* "VIR_ERR_NAME: message\n" of the last error. */
static char *
testFormatError(void)
{
    int code = virGetLastErrorCode();
    const char *name = NULL;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testErrors); i++) {
        if (testErrors[i].code == code)
            name = testErrors[i].name;
    }
    if (name)
        return g_strdup_printf("%s: %s\n", name, virGetLastErrorMessage());
    return g_strdup_printf("%d: %s\n", code, virGetLastErrorMessage());
}

static unsigned int
testStepFlags(GKeyFile *kf, const char *group)
{
    g_autofree char *flags = g_key_file_get_string(kf, group, "flags", NULL);

    if (!flags || g_str_equal(flags, "live"))
        return VIR_NETWORK_UPDATE_AFFECT_LIVE;
    if (g_str_equal(flags, "config"))
        return VIR_NETWORK_UPDATE_AFFECT_CONFIG;
    g_error("unknown flags '%s'", flags);
}

/* Applies one step; returns its result. */
static int
testStep(virNetworkDef *def, GKeyFile *kf, const char *group)
{
    g_autoptr(GError) err = NULL;
    g_autofree char *command = g_key_file_get_string(kf, group, "command", &err);
    g_autofree char *section = g_key_file_get_string(kf, group, "section", NULL);
    g_autofree char *xml = g_key_file_get_string(kf, group, "xml", NULL);
    int parentIndex = -1;

    if (!command || !section || !xml)
        g_error("[%s] needs command, section and xml", group);
    if (g_key_file_has_key(kf, group, "parent-index", NULL))
        parentIndex = g_key_file_get_integer(kf, group, "parent-index", NULL);

    return virNetworkDefUpdateSection(def,
                                      testParseWord(testCommands, G_N_ELEMENTS(testCommands),
                                                    command, "command"),
                                      testParseWord(testSections, G_N_ELEMENTS(testSections),
                                                    section, "section"),
                                      parentIndex, xml, testStepFlags(kf, group));
}

static void
testNetworkUpdate(gconstpointer data)
{
    const char *name = data;
    g_autofree char *casePath = virTestDataPath(DATADIR, name, ".update");
    g_autofree char *expectPath = virTestDataPath(DATADIR, name, ".expect.xml");
    g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
    g_autoptr(GKeyFile) kf = g_key_file_new();
    g_autoptr(GError) err = NULL;
    g_auto(GStrv) groups = NULL;
    g_autofree char *network = NULL;
    g_autofree char *netPath = NULL;
    g_autofree char *in = NULL;
    g_autoptr(virNetworkDef) def = NULL;
    g_autofree char *before = NULL;
    g_autofree char *actual = NULL;
    unsigned int formatFlags = 0;
    bool expectError = g_file_test(errPath, G_FILE_TEST_EXISTS);
    size_t nsteps;
    size_t i;
    int rc;

    if (!g_key_file_load_from_file(kf, casePath, G_KEY_FILE_NONE, &err))
        g_error("%s: %s", casePath, err->message);
    if (!(network = g_key_file_get_string(kf, "case", "network", NULL)))
        g_error("%s: no [case] network=", casePath);
    netPath = virTestDataPath(DATADIR, network, ".xml");
    in = virTestLoadFile(netPath);
    if (!(def = virNetworkDefParseString(in, 0)))
        g_error("%s: %s", netPath, virGetLastErrorMessage());

    groups = g_key_file_get_groups(kf, &nsteps);
    g_assert_cmpstr(groups[0], ==, "case");
    if (nsteps < 2)
        g_error("%s: no step", casePath);

    for (i = 1; i < nsteps - 1; i++) {
        if (testStep(def, kf, groups[i]) < 0) {
            g_printerr("%s: [%s] failed: %s\n", name, groups[i], virGetLastErrorMessage());
            g_test_fail();
            return;
        }
    }

    formatFlags = testStepFlags(kf, groups[nsteps - 1]) == VIR_NETWORK_UPDATE_AFFECT_CONFIG ?
        VIR_NETWORK_XML_INACTIVE : 0;
    before = virNetworkDefFormat(def, formatFlags);
    g_assert_nonnull(before);

    virResetLastError();
    rc = testStep(def, kf, groups[nsteps - 1]);

    if (rc < 0) {
        g_autofree char *after = virNetworkDefFormat(def, formatFlags);
        g_autofree char *message = testFormatError();

        if (!expectError && !virTestRegenerate()) {
            g_printerr("%s: the update failed: %s", name, message);
            g_test_fail();
            return;
        }
        virTestCompareToFile(message, errPath);
        /* a failed update changes nothing */
        if (!g_str_equal(after, before)) {
            g_printerr("%s: the failed update changed the definition:\n%s", name, after);
            g_test_fail();
        }
        return;
    }

    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OK);
    if (expectError && !virTestRegenerate()) {
        g_printerr("%s: the update succeeded, but it should have failed\n", name);
        g_test_fail();
        return;
    }
    actual = virNetworkDefFormat(def, formatFlags);
    g_assert_nonnull(actual);
    virTestCompareToFile(actual, expectPath);
    virTestValidateSchema(networkSchema, expectPath, actual);
}

/* The definition keeps what the update did not touch, and a copy made for
 * the update is not left behind: @def is the same object, changed in place. */
static void
testNetworkUpdateInPlace(void)
{
    g_autofree char *path = virTestDataPath(DATADIR, "in-hosts", ".xml");
    g_autofree char *in = virTestLoadFile(path);
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(in, 0);
    unsigned char uuid[VIR_UUID_BUFLEN];

    g_assert_nonnull(def);
    memcpy(uuid, def->uuid, sizeof(uuid));
    g_assert_cmpint(virNetworkDefUpdateSection(def, VIR_NETWORK_UPDATE_COMMAND_DELETE,
                                               VIR_NETWORK_SECTION_IP_DHCP_HOST, -1,
                                               "<host name='beta'/>", 0), ==, 0);
    g_assert_cmpuint(def->nips, ==, 1);
    g_assert_cmpuint(def->ips[0].nhosts, ==, 2);
    g_assert_cmpstr(def->ips[0].hosts[1].mac, ==, "52:54:00:00:00:03");
    g_assert_cmpstr(def->name, ==, "hosts");
    g_assert_cmpmem(def->uuid, sizeof(uuid), uuid, sizeof(uuid));

    /* flags other than the two AFFECT ones are refused */
    g_assert_cmpint(virNetworkDefUpdateSection(def, VIR_NETWORK_UPDATE_COMMAND_DELETE,
                                               VIR_NETWORK_SECTION_IP_DHCP_HOST, -1,
                                               "<host name='alpha'/>", 1 << 2), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpuint(def->ips[0].nhosts, ==, 2);
}

/* The cases: every NAME.update of the data folder, sorted. */
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
        if (g_str_has_suffix(file, ".update"))
            g_ptr_array_add(cases, g_strndup(file, strlen(file) - strlen(".update")));
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
    networkSchema = virTestLoadSchema("network.rng");

    cases = testListCases();
    g_ptr_array_sort(cases, testPtrStrcmp);
    for (i = 0; i < cases->len; i++) {
        const char *name = g_ptr_array_index(cases, i);
        g_autofree char *expectPath = virTestDataPath(DATADIR, name, ".expect.xml");
        g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
        char *testName = g_strdup_printf("/network/update/%s", name);

        if (!virTestRegenerate() && !g_file_test(expectPath, G_FILE_TEST_EXISTS) &&
            !g_file_test(errPath, G_FILE_TEST_EXISTS))
            g_error("%s.update has neither %s.expect.xml nor %s.err", name, name, name);
        g_test_add_data_func(testName, name, testNetworkUpdate);
        g_ptr_array_add(testNames, testName);
    }
    g_test_add_func("/network/update/in-place", testNetworkUpdateInPlace);

    ret = g_test_run();
    xmlRelaxNGFree(networkSchema);
    return ret;
}
