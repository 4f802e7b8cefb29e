/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * storagevolxml2xmltest.c: storage volume XML parsed and formatted again
 *
 * Data-driven: each case names a pool (storagevolxml2xmldata/POOL.xml) and
 * a volume (NAME.xml).  NAME.expect.xml is what libvirt 9.0's test driver
 * dumps after "pool-define POOL.xml; pool-start; vol-create POOL NAME.xml"
 * (it sets the key and the target path to <pool target>/<name>).  Where
 * NAME.err exists instead, parsing must fail with exactly that message.
 * Inputs and outputs of the positive cases must be valid against
 * docs/schemas/storagevol.rng, and outputs must format to themselves.
 */
#include <config.h>

#include <libxml/relaxng.h>

#include "internal.h"
#include "virstoragepooldef.h"
#include "virstoragevoldef.h"
#include "virunits.h"
#include "testutils.h"

#define DATADIR "storagevolxml2xmldata"

static xmlRelaxNGPtr testSchema;

typedef enum {
    TEST_INPUT_VALID = 1 << 0,      /* the input must be valid against the schema */
} testVolCaseFlags;

typedef struct {
    const char *pool;
    const char *name;
    unsigned int flags;
} testVolCase;

static virStoragePoolDef *
testVolLoadPool(const char *name)
{
    g_autofree char *path = virTestDataPath(DATADIR, name, ".xml");
    virStoragePoolDef *pool = virStoragePoolDefParseFile(path, 0);

    if (!pool)
        g_error("%s: %s", name, virGetLastErrorMessage());
    return pool;
}

/* What libvirt's test driver does to a volume it creates. */
static void
testVolSetTestDriverPaths(const virStoragePoolDef *pool, virStorageVolDef *def)
{
    g_free(def->target.path);
    def->target.path = g_strdup_printf("%s/%s", pool->target.path, def->name);
    g_free(def->key);
    def->key = g_strdup(def->target.path);
}

static void
testVolXML2XML(gconstpointer data)
{
    const testVolCase *tc = data;
    g_autoptr(virStoragePoolDef) pool = testVolLoadPool(tc->pool);
    g_autofree char *inPath = virTestDataPath(DATADIR, tc->name, ".xml");
    g_autofree char *outPath = virTestDataPath(DATADIR, tc->name, ".expect.xml");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virStorageVolDef) def = NULL;
    g_autoptr(virStorageVolDef) again = NULL;
    g_autofree char *actual = NULL;
    g_autofree char *reformatted = NULL;

    if (!(def = virStorageVolDefParseString(pool, in, 0)))
        g_error("%s: %s", tc->name, virGetLastErrorMessage());
    testVolSetTestDriverPaths(pool, def);
    actual = virStorageVolDefFormat(pool, def);
    g_assert_nonnull(actual);
    virTestCompareToFile(actual, outPath);

    if (tc->flags & TEST_INPUT_VALID)
        virTestValidateSchema(testSchema, inPath, in);
    virTestValidateSchema(testSchema, outPath, actual);

    /* the output is a fixed point */
    again = virStorageVolDefParseString(pool, actual, 0);
    g_assert_nonnull(again);
    reformatted = virStorageVolDefFormat(pool, again);
    g_assert_cmpstr(reformatted, ==, actual);
}

static void
testVolXMLFail(gconstpointer data)
{
    const testVolCase *tc = data;
    g_autoptr(virStoragePoolDef) pool = testVolLoadPool(tc->pool);
    g_autofree char *inPath = virTestDataPath(DATADIR, tc->name, ".xml");
    g_autofree char *errPath = virTestDataPath(DATADIR, tc->name, ".err");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virStorageVolDef) def = NULL;
    g_autofree char *actual = NULL;

    virResetLastError();
    def = virStorageVolDefParseString(pool, in, 0);
    g_assert_null(def);
    actual = g_strdup_printf("%s\n", virGetLastErrorMessage());
    virTestCompareToFile(actual, errPath);
}

/* Sizes are bytes after parsing; no allocation means all of the capacity. */
static void
testVolSizes(void)
{
    g_autoptr(virStoragePoolDef) pool = testVolLoadPool("pool-dir");
    g_autoptr(virStorageVolDef) def = NULL;

    def = virStorageVolDefParseString(pool,
                                      "<volume><name>v</name>"
                                      "<capacity unit='KB'>3</capacity></volume>", 0);
    g_assert_nonnull(def);
    g_assert_cmpuint(def->capacity, ==, 3000);
    g_assert_cmpuint(def->allocation, ==, 3000);
    g_assert_cmpint(def->target.format, ==, VIR_STORAGE_FILE_RAW);
}

/* Capacity may be left out when the caller says so. */
static void
testVolOptionalCapacity(void)
{
    g_autoptr(virStoragePoolDef) pool = testVolLoadPool("pool-dir");
    const char *noCap = "<volume><name>v</name></volume>";
    const char *backed = "<volume><name>v</name>"
                         "<backingStore><path>/b</path></backingStore></volume>";
    g_autoptr(virStorageVolDef) a = NULL;
    g_autoptr(virStorageVolDef) b = NULL;

    a = virStorageVolDefParseString(pool, noCap, VIR_STORAGE_VOL_DEF_PARSE_NO_CAPACITY);
    g_assert_nonnull(a);
    g_assert_cmpuint(a->capacity, ==, 0);

    g_assert_null(virStorageVolDefParseString(pool, noCap,
                                              VIR_STORAGE_VOL_DEF_PARSE_OPT_CAPACITY));
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "XML error: missing capacity element");
    b = virStorageVolDefParseString(pool, backed, VIR_STORAGE_VOL_DEF_PARSE_OPT_CAPACITY);
    g_assert_nonnull(b);
    g_assert_cmpstr(b->backingStore->path, ==, "/b");

    g_assert_null(virStorageVolDefParseString(pool, noCap, 1 << 5));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "unsupported flags (0x20) in function virStorageVolDefParseXML");
}

/* The physical size is the driver's and is printed only when known. */
static void
testVolPhysical(void)
{
    g_autoptr(virStoragePoolDef) pool = testVolLoadPool("pool-dir");
    g_autoptr(virStorageVolDef) def = NULL;
    g_autofree char *xml = NULL;

    def = virStorageVolDefParseString(pool,
                                      "<volume><name>v</name><capacity>10</capacity>"
                                      "<physical>99</physical></volume>", 0);
    g_assert_nonnull(def);
    g_assert_cmpuint(def->physical, ==, 0);
    def->physical = 4096;
    xml = virStorageVolDefFormat(pool, def);
    g_assert_nonnull(strstr(xml, "  <allocation unit='bytes'>10</allocation>\n"
                                 "  <physical unit='bytes'>4096</physical>\n"));
}

/* Every unit libvirt knows, and its errors (checked with libvirt's vol-create). */
static void
testUnitsScale(void)
{
    static const struct {
        unsigned long long value;
        const char *unit;
        unsigned long long limit;
        unsigned long long expect;      /* when err is NULL */
        const char *err;
    } cases[] = {
        { 7, NULL, ULLONG_MAX, 7, NULL },
        { 7, "", ULLONG_MAX, 7, NULL },
        { 7, "b", ULLONG_MAX, 7, NULL },
        { 7, "Byte", ULLONG_MAX, 7, NULL },
        { 7, "BYTES", ULLONG_MAX, 7, NULL },
        { 1, "k", ULLONG_MAX, 1024ULL, NULL },
        { 1, "KiB", ULLONG_MAX, 1024ULL, NULL },
        { 1, "kib", ULLONG_MAX, 1024ULL, NULL },
        { 1, "KB", ULLONG_MAX, 1000ULL, NULL },
        { 1, "kB", ULLONG_MAX, 1000ULL, NULL },
        { 1, "M", ULLONG_MAX, 1048576ULL, NULL },
        { 1, "MB", ULLONG_MAX, 1000000ULL, NULL },
        { 1, "g", ULLONG_MAX, 1073741824ULL, NULL },
        { 1, "GB", ULLONG_MAX, 1000000000ULL, NULL },
        { 1, "TiB", ULLONG_MAX, 1099511627776ULL, NULL },
        { 1, "TB", ULLONG_MAX, 1000000000000ULL, NULL },
        { 1, "P", ULLONG_MAX, 1125899906842624ULL, NULL },
        { 1, "PB", ULLONG_MAX, 1000000000000000ULL, NULL },
        { 1, "EiB", ULLONG_MAX, 1152921504606846976ULL, NULL },
        { 1, "eb", ULLONG_MAX, 1000000000000000000ULL, NULL },
        { 15, "E", ULLONG_MAX, 17293822569102704640ULL, NULL },
        { 0, "E", 0, 0, NULL },
        { 16, "EiB", ULLONG_MAX, 0, "numerical overflow: value too large: 16EiB" },
        { 8, "e", LLONG_MAX, 0, "numerical overflow: value too large: 8e" },
        { 9223372036854775808ULL, NULL, LLONG_MAX, 0,
          "numerical overflow: value too large: 9223372036854775808" },
        { 1, "z", ULLONG_MAX, 0, "invalid argument: unknown suffix 'z'" },
        { 1, "KiBB", ULLONG_MAX, 0, "invalid argument: unknown suffix 'KiBB'" },
        { 1, " k", ULLONG_MAX, 0, "invalid argument: unknown suffix ' k'" },
        { 1, "kiByte", ULLONG_MAX, 0, "invalid argument: unknown suffix 'kiByte'" },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        unsigned long long value = cases[i].value;
        int rc = virUnitsScaleInteger(&value, cases[i].unit, 1, cases[i].limit);

        if (cases[i].err) {
            g_assert_cmpint(rc, ==, -1);
            g_assert_cmpstr(virGetLastErrorMessage(), ==, cases[i].err);
        } else {
            g_assert_cmpint(rc, ==, 0);
            g_assert_cmpuint(value, ==, cases[i].expect);
        }
    }
}

static void
testUnitsStrToULongLong(void)
{
    unsigned long long v = 0;

    g_assert_cmpint(virUnitsStrToULongLong(" 42", &v), ==, 0);
    g_assert_cmpuint(v, ==, 42);
    g_assert_cmpint(virUnitsStrToULongLong("18446744073709551615", &v), ==, 0);
    g_assert_cmpuint(v, ==, ULLONG_MAX);
    g_assert_cmpint(virUnitsStrToULongLong("18446744073709551616", &v), ==, -1);
    g_assert_cmpint(virUnitsStrToULongLong("-1", &v), ==, -1);
    g_assert_cmpint(virUnitsStrToULongLong(" -0", &v), ==, -1);
    g_assert_cmpint(virUnitsStrToULongLong("42 ", &v), ==, -1);
    g_assert_cmpint(virUnitsStrToULongLong("1.5", &v), ==, -1);
    g_assert_cmpint(virUnitsStrToULongLong("", &v), ==, -1);
    g_assert_cmpint(virUnitsStrToULongLong(NULL, &v), ==, -1);
}

#define DO_TEST_FULL(p, n, fl) \
    do { \
        static const testVolCase tc = { .pool = p, .name = n, .flags = fl }; \
        g_test_add_data_func("/storagevol/xml2xml/" n, &tc, testVolXML2XML); \
    } while (0)
#define DO_TEST(p, n) DO_TEST_FULL(p, n, TEST_INPUT_VALID)
#define DO_TEST_FAIL(p, n) \
    do { \
        static const testVolCase tc = { .pool = p, .name = n }; \
        g_test_add_data_func("/storagevol/fail/" n, &tc, testVolXMLFail); \
    } while (0)

int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    testSchema = virTestLoadSchema("storagevol.rng");

    DO_TEST("pool-dir", "file");
    /* no <target>: the parser takes these, libvirt's schema and ours refuse them */
    DO_TEST_FULL("pool-dir", "file-defaults", 0);
    DO_TEST("pool-dir", "qcow2");
    DO_TEST("pool-dir", "qcow2-features");
    DO_TEST("pool-dir", "qcow2-empty-features");
    DO_TEST("pool-dir", "qcow2-compat");
    DO_TEST("pool-dir", "units-large");
    DO_TEST("pool-dir", "units-bytes");
    DO_TEST("pool-dir", "block");
    DO_TEST_FULL("pool-dir", "backing-default", 0);
    DO_TEST("pool-dir", "encryption-luks");
    DO_TEST("pool-dir", "encryption-qcow");
    DO_TEST("pool-dir", "encryption-empty");
    DO_TEST("pool-dir", "escape");
    DO_TEST("pool-disk", "disk-partition");
    DO_TEST_FULL("pool-disk", "disk-default", 0);
    /* the volumes of a logical pool have no format: whatever is given is ignored */
    DO_TEST_FULL("pool-logical", "logical", 0);
    DO_TEST("pool-iscsi", "iscsi");

    DO_TEST_FAIL("pool-dir", "err-no-name");
    DO_TEST_FAIL("pool-dir", "err-bad-type");
    DO_TEST_FAIL("pool-dir", "err-no-capacity");
    DO_TEST_FAIL("pool-dir", "err-bad-capacity");
    DO_TEST_FAIL("pool-dir", "err-bad-unit");
    DO_TEST_FAIL("pool-dir", "err-overflow");
    DO_TEST_FAIL("pool-dir", "err-overflow-bytes");
    DO_TEST_FAIL("pool-dir", "err-bad-allocation");
    DO_TEST_FAIL("pool-dir", "err-bad-format");
    DO_TEST_FAIL("pool-dir", "err-format-none");
    DO_TEST_FAIL("pool-disk", "err-disk-format-raw");
    DO_TEST_FAIL("pool-dir", "err-bad-backing-format");
    DO_TEST_FAIL("pool-dir", "err-bad-mode");
    DO_TEST_FAIL("pool-dir", "err-bad-backing-owner");
    DO_TEST_FAIL("pool-dir", "err-bad-compat");
    DO_TEST_FAIL("pool-dir", "err-bad-feature");
    DO_TEST_FAIL("pool-dir", "err-clustersize");
    DO_TEST_FAIL("pool-dir", "err-enc-no-format");
    DO_TEST_FAIL("pool-dir", "err-enc-bad-format");
    DO_TEST_FAIL("pool-dir", "err-enc-bad-engine");
    DO_TEST_FAIL("pool-dir", "err-enc-secret-type");
    DO_TEST_FAIL("pool-dir", "err-enc-secret-no-type");
    DO_TEST_FAIL("pool-dir", "err-enc-secret-ref");
    DO_TEST_FAIL("pool-dir", "err-enc-cipher-name");
    DO_TEST_FAIL("pool-dir", "err-enc-cipher-size");
    DO_TEST_FAIL("pool-dir", "err-enc-ivgen-no-cipher");
    DO_TEST_FAIL("pool-dir", "err-enc-ivgen-no-name");
    DO_TEST_FAIL("pool-dir", "err-malformed");
    DO_TEST_FAIL("pool-dir", "err-wrong-root");

    g_test_add_func("/storagevol/sizes", testVolSizes);
    g_test_add_func("/storagevol/optional-capacity", testVolOptionalCapacity);
    g_test_add_func("/storagevol/physical", testVolPhysical);
    g_test_add_func("/units/scale", testUnitsScale);
    g_test_add_func("/units/strtoull", testUnitsStrToULongLong);

    ret = g_test_run();
    xmlRelaxNGFree(testSchema);
    return ret;
}
