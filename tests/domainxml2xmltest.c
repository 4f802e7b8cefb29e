/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * domainxml2xmltest.c: domain XML parsed and formatted again
 *
 * Data-driven: every domainxml2xmldata/NAME.xml is defined as libvirt
 * 9.0's test driver defines it (parse with VIR_DOMAIN_DEF_PARSE_INACTIVE,
 * then the driver's interface names "testnetN") and formatted with the
 * flags named in NAME.flags (default: inactive).  The text must equal
 * NAME.expect.xml, which is libvirt's "virsh dumpxml" after "define"; where
 * NAME.err exists instead, parsing must fail with exactly that message.
 * Every positive case must also be stable: formatting what parsing the
 * output gives yields the output again, and a definition is ABI-compatible
 * with itself.
 */
#include <config.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainabi.h"
#include "testutils.h"

#define DATADIR "domainxml2xmldata"

/* NAME.flags: words naming format flags, as virsh options or flag names
 * ("inactive", "--security-info", "VIR_DOMAIN_XML_MIGRATABLE", ...). */
static unsigned int
testDomainReadFlags(const char *name)
{
    g_autofree char *path = virTestDataPath(DATADIR, name, ".flags");
    g_autofree char *data = NULL;
    g_auto(GStrv) words = NULL;
    unsigned int flags = 0;
    size_t i;

    if (!g_file_test(path, G_FILE_TEST_EXISTS))
        return VIR_DOMAIN_XML_INACTIVE;
    data = virTestLoadFile(path);
    words = g_strsplit_set(data, " \t\n,|", -1);
    for (i = 0; words[i]; i++) {
        g_autofree char *word = g_ascii_strdown(words[i], -1);

        if (!*word || word[0] == '#')
            continue;
        if (strstr(word, "secur"))
            flags |= VIR_DOMAIN_XML_SECURE;
        else if (strstr(word, "inactive"))
            flags |= VIR_DOMAIN_XML_INACTIVE;
        else if (strstr(word, "migratable"))
            flags |= VIR_DOMAIN_XML_MIGRATABLE;
        else if (strstr(word, "update") && strstr(word, "cpu"))
            flags |= VIR_DOMAIN_XML_UPDATE_CPU;
        else if (!g_str_equal(word, "none") && !g_str_equal(word, "0"))
            g_error("%s: unknown format flag '%s'", path, words[i]);
    }
    return flags;
}

/* Cases whose libvirt output, defined again, does not give itself (and so
 * neither does ours): disks whose bus was implicit were ordered as bus
 * "none" the first time; implicit controllers were appended after the
 * explicit ones and are sorted in with them the second time; a video with
 * heads='0' prints no heads and reads back as one head; consoles are
 * numbered by position when parsed, before the serial console is put
 * first. */
static const char *const testDomainUnstable[] = {
    "disk-order-implicit-bus",
    "disk-many",
    "controllers-implicit-order",
    "video-defaults",
    "chardev-mix",
    "console-virtio",
    NULL
};

/* What libvirt's test driver does to a domain it defines. */
static virDomainDef *
testDomainDefine(const char *xml)
{
    g_autoptr(virDomainDef) def = virDomainDefParseString(xml, VIR_DOMAIN_DEF_PARSE_INACTIVE);

    if (!def)
        return NULL;
    if (virDomainNetGenerateIfnames(def, "testnet") < 0)
        return NULL;
    return g_steal_pointer(&def);
}

static void
testDomainXML2XML(gconstpointer data)
{
    const char *name = data;
    g_autofree char *inPath = virTestDataPath(DATADIR, name, ".xml");
    g_autofree char *outPath = virTestDataPath(DATADIR, name, ".expect.xml");
    g_autofree char *in = virTestLoadFile(inPath);
    unsigned int flags = testDomainReadFlags(name);
    g_autoptr(virDomainDef) def = NULL;
    g_autoptr(virDomainDef) again = NULL;
    g_autofree char *actual = NULL;
    g_autofree char *reformatted = NULL;

    if (!(def = testDomainDefine(in))) {
        g_printerr("%s: %s\n", name, virGetLastErrorMessage());
        g_test_fail();
        return;
    }
    if (virDomainDefCheckABIStability(def, def, 0) < 0) {
        g_printerr("%s: not ABI-stable with itself: %s\n", name, virGetLastErrorMessage());
        g_test_fail();
    }
    actual = virDomainDefFormat(def, flags);
    g_assert_nonnull(actual);
    virTestCompareToFile(actual, outPath);

    /* idempotency: format(parse(format(parse(x)))) == format(parse(x)) */
    if (g_strv_contains(testDomainUnstable, name))
        return;
    if (!(again = testDomainDefine(actual))) {
        g_printerr("%s: output does not parse: %s\n", name, virGetLastErrorMessage());
        g_test_fail();
        return;
    }
    reformatted = virDomainDefFormat(again, flags);
    g_assert_cmpstr(reformatted, ==, actual);
}

static void
testDomainXMLFail(gconstpointer data)
{
    const char *name = data;
    g_autofree char *inPath = virTestDataPath(DATADIR, name, ".xml");
    g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virDomainDef) def = NULL;
    g_autofree char *actual = NULL;

    virResetLastError();
    def = testDomainDefine(in);
    if (def) {
        g_printerr("%s: parsed, but libvirt refuses it\n", name);
        g_test_fail();
        return;
    }
    actual = g_strdup_printf("%s\n", virGetLastErrorMessage());
    virTestCompareToFile(actual, errPath);
}

/* A definition without <uuid> gets a fresh random one. */
static void
testDomainGenerateUUID(void)
{
    const char *xml = "<domain type='test'><name>d</name><memory>1024</memory>"
                      "<os><type>hvm</type></os></domain>";
    g_autoptr(virDomainDef) a = virDomainDefParseString(xml, 0);
    g_autoptr(virDomainDef) b = virDomainDefParseString(xml, 0);
    unsigned char zero[VIR_UUID_BUFLEN] = { 0 };

    g_assert_nonnull(a);
    g_assert_nonnull(b);
    g_assert_true(memcmp(a->uuid, zero, VIR_UUID_BUFLEN) != 0);
    g_assert_true(memcmp(a->uuid, b->uuid, VIR_UUID_BUFLEN) != 0);
}

/* A NIC without <mac> gets 52:54:00:xx:xx:xx, like libvirt's test driver. */
static void
testDomainGenerateMAC(void)
{
    const char *xml = "<domain type='test'><name>d</name><memory>1024</memory>"
                      "<os><type>hvm</type></os><devices><interface type='user'/>"
                      "</devices></domain>";
    g_autoptr(virDomainDef) def = virDomainDefParseString(xml, 0);
    g_autofree char *out = NULL;

    g_assert_nonnull(def);
    g_assert_cmpuint(def->nnets, ==, 1);
    g_assert_cmpint(def->nets[0]->mac[0], ==, 0x52);
    g_assert_cmpint(def->nets[0]->mac[1], ==, 0x54);
    g_assert_cmpint(def->nets[0]->mac[2], ==, 0x00);
    out = virDomainDefFormat(def, VIR_DOMAIN_XML_INACTIVE);
    g_assert_nonnull(strstr(out, "<mac address='52:54:00:"));
}

static void
testDomainFlags(void)
{
    const char *xml = "<domain type='test'><name>d</name><memory>1024</memory>"
                      "<os><type>hvm</type></os></domain>";
    g_autoptr(virDomainDef) def = NULL;

    g_assert_null(virDomainDefParseString(xml, 1 << 7));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "unsupported flags (0x80) in function virDomainDefParseString");
    def = virDomainDefParseString(xml, 0);
    g_assert_nonnull(def);
    g_assert_null(virDomainDefFormat(def, 1 << 6));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "unsupported flags (0x40) in function virDomainDefFormat");
}

/* Live data (the id, runtime aliases) is kept unless parsing INACTIVE, and
 * printed unless formatting INACTIVE; passwords only with SECURE. */
static void
testDomainLiveData(void)
{
    const char *xml =
        "<domain type='test' id='7'><name>d</name><memory>1024</memory>"
        "<os><type>hvm</type></os><devices>"
        "<disk type='file'><source file='/a'/><target dev='vda'/><alias name='virtio-disk0'/></disk>"
        "<graphics type='vnc' passwd='secret'/></devices></domain>";
    g_autoptr(virDomainDef) live = virDomainDefParseString(xml, 0);
    g_autoptr(virDomainDef) inactive = virDomainDefParseString(xml, VIR_DOMAIN_DEF_PARSE_INACTIVE);
    g_autofree char *liveXML = NULL;
    g_autofree char *inactiveXML = NULL;
    g_autofree char *secureXML = NULL;
    g_autofree char *strippedXML = NULL;

    g_assert_nonnull(live);
    g_assert_nonnull(inactive);
    liveXML = virDomainDefFormat(live, 0);
    g_assert_nonnull(strstr(liveXML, "<domain type='test' id='7'>"));
    g_assert_nonnull(strstr(liveXML, "<alias name='virtio-disk0'/>"));
    g_assert_null(strstr(liveXML, "passwd="));
    inactiveXML = virDomainDefFormat(live, VIR_DOMAIN_XML_INACTIVE);
    g_assert_nonnull(strstr(inactiveXML, "<domain type='test'>"));
    g_assert_null(strstr(inactiveXML, "<alias"));
    secureXML = virDomainDefFormat(inactive, VIR_DOMAIN_XML_SECURE);
    g_assert_nonnull(strstr(secureXML, "passwd='secret'"));
    g_assert_null(strstr(secureXML, "id='7'"));
    strippedXML = virDomainDefFormat(inactive, 0);
    g_assert_null(strstr(strippedXML, "<alias"));
}

static void
testDomainParseFile(void)
{
    g_assert_null(virDomainDefParseFile("/nonexistent.xml", 0));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: failed to parse xml document '/nonexistent.xml'");
}

/* VIR_DOMAIN_DEF_PARSE_VALIDATE checks against docs/schemas/domain.rng and
 * reports what libvirt reports. */
static void
testDomainValidateSchema(void)
{
    g_autofree char *schemaDir = g_test_build_filename(G_TEST_DIST, "..", "docs", "schemas",
                                                       NULL);
    g_autofree char *schema = g_build_filename(schemaDir, "domain.rng", NULL);
    g_autofree char *expected = NULL;
    const char *good = "<domain type='test'><name>d</name><memory>1024</memory>"
                       "<os><type>hvm</type></os></domain>";
    const char *bad = "<domain type='test'><name>d</name><memory>1024</memory>"
                      "<os><type>hvm</type></os><foo/></domain>";
    g_autoptr(virDomainDef) def = NULL;
    virErrorPtr err;

    if (!g_file_test(schema, G_FILE_TEST_EXISTS)) {
        g_test_skip("no docs/schemas/domain.rng");
        return;
    }
    g_setenv("LIBVIRT_SCHEMA_DIR", schemaDir, TRUE);

    def = virDomainDefParseString(good, VIR_DOMAIN_DEF_PARSE_VALIDATE);
    if (!def) {
        g_printerr("%s\n", virGetLastErrorMessage());
        g_test_fail();
    }
    g_clear_pointer(&def, virDomainDefFree);

    /* without VALIDATE, unknown elements are ignored as libvirt does */
    def = virDomainDefParseString(bad, 0);
    g_assert_nonnull(def);
    g_clear_pointer(&def, virDomainDefFree);

    virResetLastError();
    g_assert_null(virDomainDefParseString(bad, VIR_DOMAIN_DEF_PARSE_VALIDATE));
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_XML_INVALID_SCHEMA);
    g_assert_cmpint(err->domain, ==, VIR_FROM_XML);
    expected = g_strdup_printf("XML document failed to validate against schema: "
                               "Unable to validate doc against %s\n"
                               "Element domain has extra content: foo\n", schema);
    g_assert_cmpstr(err->message, ==, expected);
    g_unsetenv("LIBVIRT_SCHEMA_DIR");
}

/* The domain test:///default starts with: its live dump parses and formats
 * to itself, and parsed inactive it formats to the inactive dump. */
static void
testDomainTestDefault(void)
{
    g_autofree char *livePath = virTestDataPath(DATADIR, "test-default-live", ".expect.xml");
    g_autofree char *inactivePath = virTestDataPath(DATADIR, "test-default", ".expect.xml");
    g_autofree char *live = NULL;
    g_autoptr(virDomainDef) def = NULL;
    g_autoptr(virDomainDef) inactive = NULL;
    g_autofree char *liveOut = NULL;
    g_autofree char *inactiveOut = NULL;

    if (!g_file_test(livePath, G_FILE_TEST_EXISTS) ||
        !g_file_test(inactivePath, G_FILE_TEST_EXISTS)) {
        g_test_skip("no test-default dumps");
        return;
    }
    live = virTestLoadFile(livePath);
    def = virDomainDefParseString(live, 0);
    g_assert_nonnull(def);
    liveOut = virDomainDefFormat(def, 0);
    virTestCompareToFile(liveOut, livePath);

    inactive = virDomainDefParseString(live, VIR_DOMAIN_DEF_PARSE_INACTIVE);
    g_assert_nonnull(inactive);
    inactiveOut = virDomainDefFormat(inactive, VIR_DOMAIN_XML_INACTIVE);
    virTestCompareToFile(inactiveOut, inactivePath);
}

static int
testDomainCaseCompare(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Disk target names to drive indexes: vda 0, vdz 25, vdaa 26, ...; names
 * too long to have an index (found by fuzzing: they overflowed) refused. */
static void
testDiskNameToIndex(void)
{
    g_assert_cmpint(virDomainDiskNameToIndex("vda"), ==, 0);
    g_assert_cmpint(virDomainDiskNameToIndex("sdz"), ==, 25);
    g_assert_cmpint(virDomainDiskNameToIndex("hdaa"), ==, 26);
    g_assert_cmpint(virDomainDiskNameToIndex("xvdzz"), ==, 701);
    g_assert_cmpint(virDomainDiskNameToIndex("vdzzzzzz"), ==, 321272405);
    g_assert_cmpint(virDomainDiskNameToIndex("vdzzzzzzz"), ==, -1);
    g_assert_cmpint(virDomainDiskNameToIndex("vdaaaaaaaaaaaaaaaa"), ==, -1);
    g_assert_cmpint(virDomainDiskNameToIndex("vd"), ==, -1);
    g_assert_cmpint(virDomainDiskNameToIndex("vda1"), ==, -1);
    g_assert_cmpint(virDomainDiskNameToIndex("nvme0n1"), ==, -1);
}

int
main(int argc, char **argv)
{
    g_autofree char *dir = NULL;
    g_autoptr(GDir) gdir = NULL;
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    const char *entry;
    size_t i;

    g_test_init(&argc, &argv, NULL);
    g_test_set_nonfatal_assertions();

    dir = g_test_build_filename(G_TEST_DIST, DATADIR, NULL);
    if (!(gdir = g_dir_open(dir, 0, NULL)))
        g_error("cannot open %s", dir);
    while ((entry = g_dir_read_name(gdir))) {
        if (!g_str_has_suffix(entry, ".xml") || g_str_has_suffix(entry, ".expect.xml"))
            continue;
        g_ptr_array_add(names, g_strndup(entry, strlen(entry) - 4));
    }
    g_ptr_array_sort(names, testDomainCaseCompare);

    for (i = 0; i < names->len; i++) {
        const char *name = names->pdata[i];
        g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
        g_autofree char *testName = NULL;

        if (g_file_test(errPath, G_FILE_TEST_EXISTS)) {
            testName = g_strdup_printf("/domain/fail/%s", name);
            g_test_add_data_func(testName, name, testDomainXMLFail);
        } else {
            testName = g_strdup_printf("/domain/xml2xml/%s", name);
            g_test_add_data_func(testName, name, testDomainXML2XML);
        }
    }

    g_test_add_func("/domain/disk-name-to-index", testDiskNameToIndex);
    g_test_add_func("/domain/uuid-generated", testDomainGenerateUUID);
    g_test_add_func("/domain/mac-generated", testDomainGenerateMAC);
    g_test_add_func("/domain/flags", testDomainFlags);
    g_test_add_func("/domain/live-data", testDomainLiveData);
    g_test_add_func("/domain/parse-file", testDomainParseFile);
    g_test_add_func("/domain/validate-schema", testDomainValidateSchema);
    g_test_add_func("/domain/test-default", testDomainTestDefault);

    return g_test_run();
}
