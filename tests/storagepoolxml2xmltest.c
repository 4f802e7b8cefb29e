/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * storagepoolxml2xmltest.c: storage pool XML parsed and formatted again
 *
 * Data-driven: storagepoolxml2xmldata/NAME.xml must format to
 * NAME.expect.xml, which is what libvirt 9.0's test driver dumps after
 * "pool-define NAME.xml" (it sets capacity 100 GiB, allocation 0).  Where
 * NAME.err exists instead, parsing must fail with exactly that message.
 * Inputs and outputs of the positive cases must be valid against
 * docs/schemas/storagepool.rng, and outputs must format to themselves.
 */
#include <config.h>

#include <libxml/relaxng.h>

#include "internal.h"
#include "virstoragepooldef.h"
#include "testutils.h"

#define DATADIR "storagepoolxml2xmldata"

static xmlRelaxNGPtr testSchema;

/* What libvirt's test driver does to a pool it defines. */
static void
testPoolSetTestDriverSizes(virStoragePoolDef *def)
{
    def->capacity = 100ULL * 1024 * 1024 * 1024;
    def->allocation = 0;
    def->available = def->capacity - def->allocation;
}

typedef enum {
    TEST_ROUNDTRIP = 1 << 0,        /* the output must format to itself */
    TEST_INPUT_VALID = 1 << 1,      /* the input must be valid against the schema */
} testPoolCaseFlags;

typedef struct {
    const char *name;
    unsigned int flags;
} testPoolCase;

static void
testPoolXML2XML(gconstpointer data)
{
    const testPoolCase *tc = data;
    g_autofree char *inPath = virTestDataPath(DATADIR, tc->name, ".xml");
    g_autofree char *outPath = virTestDataPath(DATADIR, tc->name, ".expect.xml");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virStoragePoolDef) def = NULL;
    g_autoptr(virStoragePoolDef) again = NULL;
    g_autofree char *actual = NULL;
    g_autofree char *reformatted = NULL;

    if (!(def = virStoragePoolDefParseString(in, 0)))
        g_error("%s: %s", tc->name, virGetLastErrorMessage());
    testPoolSetTestDriverSizes(def);
    actual = virStoragePoolDefFormat(def);
    g_assert_nonnull(actual);
    virTestCompareToFile(actual, outPath);

    if (tc->flags & TEST_INPUT_VALID)
        virTestValidateSchema(testSchema, inPath, in);
    virTestValidateSchema(testSchema, outPath, actual);

    if (!(tc->flags & TEST_ROUNDTRIP))
        return;
    again = virStoragePoolDefParseString(actual, 0);
    g_assert_nonnull(again);
    testPoolSetTestDriverSizes(again);
    reformatted = virStoragePoolDefFormat(again);
    g_assert_cmpstr(reformatted, ==, actual);
}

static void
testPoolXMLFail(gconstpointer data)
{
    const char *name = data;
    g_autofree char *inPath = virTestDataPath(DATADIR, name, ".xml");
    g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
    g_autofree char *in = virTestLoadFile(inPath);
    g_autoptr(virStoragePoolDef) def = NULL;
    g_autofree char *actual = NULL;

    virResetLastError();
    def = virStoragePoolDefParseString(in, 0);
    g_assert_null(def);
    actual = g_strdup_printf("%s\n", virGetLastErrorMessage());
    virTestCompareToFile(actual, errPath);
}

/* A pool without a UUID gets a fresh random one. */
static void
testPoolGenerateUUID(void)
{
    const char *xml = "<pool type='dir'><name>p</name><target><path>/p</path></target></pool>";
    g_autoptr(virStoragePoolDef) a = virStoragePoolDefParseString(xml, 0);
    g_autoptr(virStoragePoolDef) b = virStoragePoolDefParseString(xml, 0);
    unsigned char zero[VIR_UUID_BUFLEN] = { 0 };

    g_assert_nonnull(a);
    g_assert_nonnull(b);
    g_assert_true(memcmp(a->uuid, zero, VIR_UUID_BUFLEN) != 0);
    g_assert_true(memcmp(a->uuid, b->uuid, VIR_UUID_BUFLEN) != 0);
}

static void
testPoolFlags(void)
{
    const char *xml = "<pool type='dir'><name>p</name><target><path>/p</path></target></pool>";

    g_assert_null(virStoragePoolDefParseString(xml, 1));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "unsupported flags (0x1) in function virStoragePoolDefParseString");
}

static void
testPoolParseFile(void)
{
    g_autofree char *path = virTestDataPath(DATADIR, "dir", ".xml");
    g_autoptr(virStoragePoolDef) def = virStoragePoolDefParseFile(path, 0);

    g_assert_nonnull(def);
    g_assert_cmpstr(def->name, ==, "images");
    g_assert_null(virStoragePoolDefParseFile("/nonexistent.xml", 0));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "XML error: failed to parse xml document '/nonexistent.xml'");
}

#define DO_TEST_FLAGS(n, fl) \
    do { \
        static const testPoolCase tc = { .name = n, .flags = fl }; \
        g_test_add_data_func("/storagepool/xml2xml/" n, &tc, testPoolXML2XML); \
    } while (0)
#define DO_TEST(n) DO_TEST_FLAGS(n, TEST_ROUNDTRIP | TEST_INPUT_VALID)
#define DO_TEST_FAIL(name) \
    g_test_add_data_func("/storagepool/fail/" name, name, testPoolXMLFail)

int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    testSchema = virTestLoadSchema("storagepool.rng");

    DO_TEST("dir");
    DO_TEST("dir-minimal");
    DO_TEST("dir-features");
    DO_TEST("dir-escape");
    /* what a pool type does not use is ignored, as are unknown elements */
    DO_TEST_FLAGS("dir-ignored-source", TEST_ROUNDTRIP);
    DO_TEST("fs");
    DO_TEST("fs-auto");
    DO_TEST("netfs-nfs");
    DO_TEST("netfs-cifs");
    DO_TEST("netfs-gluster");
    DO_TEST("logical");
    DO_TEST("logical-defaults");
    DO_TEST("disk");
    DO_TEST("iscsi");
    DO_TEST("iscsi-direct");
    DO_TEST("scsi-fchost");
    DO_TEST("scsi-host-name");
    DO_TEST("scsi-parentaddr");
    /* libvirt prints function 10 as '0x10', which reads back as 16 */
    DO_TEST_FLAGS("scsi-parentaddr-empty", TEST_INPUT_VALID);
    DO_TEST("scsi-legacy");
    DO_TEST_FLAGS("mpath", TEST_ROUNDTRIP);
    DO_TEST("rbd");
    DO_TEST("gluster");
    DO_TEST("zfs");
    DO_TEST("sheepdog");
    DO_TEST("vstorage");

    DO_TEST_FAIL("err-missing-type");
    DO_TEST_FAIL("err-bad-type");
    DO_TEST_FAIL("err-missing-name");
    DO_TEST_FAIL("err-name-slash");
    DO_TEST_FAIL("err-bad-uuid");
    DO_TEST_FAIL("err-missing-target");
    DO_TEST_FAIL("err-netfs-no-host");
    DO_TEST_FAIL("err-netfs-no-dir");
    DO_TEST_FAIL("err-fs-no-device");
    DO_TEST_FAIL("err-device-no-path");
    DO_TEST_FAIL("err-host-no-name");
    DO_TEST_FAIL("err-bad-port");
    DO_TEST_FAIL("err-bad-format");
    DO_TEST_FAIL("err-bad-mode");
    DO_TEST_FAIL("err-bad-owner");
    DO_TEST_FAIL("err-bad-group");
    DO_TEST_FAIL("err-scsi-no-adapter");
    DO_TEST_FAIL("err-adapter-bad-type");
    DO_TEST_FAIL("err-fchost-no-wwn");
    DO_TEST_FAIL("err-fchost-bad-wwn");
    DO_TEST_FAIL("err-fchost-parent-wwnn");
    DO_TEST_FAIL("err-scsihost-both");
    DO_TEST_FAIL("err-scsihost-neither");
    DO_TEST_FAIL("err-parentaddr-no-address");
    DO_TEST_FAIL("err-parentaddr-unique-id");
    DO_TEST_FAIL("err-parentaddr-bad-slot");
    DO_TEST_FAIL("err-parentaddr-bad-function");
    DO_TEST_FAIL("err-auth-no-username");
    DO_TEST_FAIL("err-auth-bad-type");
    DO_TEST_FAIL("err-auth-no-type");
    DO_TEST_FAIL("err-auth-no-secret");
    DO_TEST_FAIL("err-secret-both");
    DO_TEST_FAIL("err-secret-bad-uuid");
    DO_TEST_FAIL("err-rbd-no-name");
    DO_TEST_FAIL("err-iscsi-direct-no-iqn");
    DO_TEST_FAIL("err-cifs-protocol");
    DO_TEST_FAIL("err-part-separator");
    DO_TEST_FAIL("err-refresh");
    DO_TEST_FAIL("err-cow");
    DO_TEST_FAIL("err-cow-logical");
    DO_TEST_FAIL("err-malformed");
    DO_TEST_FAIL("err-wrong-root");

    g_test_add_func("/storagepool/uuid-generated", testPoolGenerateUUID);
    g_test_add_func("/storagepool/flags", testPoolFlags);
    g_test_add_func("/storagepool/parse-file", testPoolParseFile);

    ret = g_test_run();
    xmlRelaxNGFree(testSchema);
    return ret;
}
