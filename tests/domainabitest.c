/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * domainabitest.c: the ABI stability check between two domain definitions
 *
 * Data-driven: domainabidata/base.xml is the guest as it runs (the source);
 * every other NAME.xml is the same guest edited (the target).  ok-* edits
 * leave the virtual hardware alone and must pass; err-* edits change it and
 * must fail with exactly NAME.err.  Both sides are normalised the same way
 * first, as a save image is: parsed inactive and formatted secure,
 * inactive and migratable, then parsed again.
 */
#include <config.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainabi.h"
#include "testutils.h"

#define DATADIR "domainabidata"
#define TEST_IMAGE_FLAGS \
    (VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_MIGRATABLE)

/* What a save image holds for @xml: its definition normalised. */
static virDomainDef *
testABINormalise(const char *xml)
{
    g_autoptr(virDomainDef) def = virDomainDefParseString(xml, VIR_DOMAIN_DEF_PARSE_INACTIVE);

    if (!def)
        return NULL;
    return virDomainDefCopy(def, TEST_IMAGE_FLAGS);
}

static virDomainDef *
testABILoad(const char *name)
{
    g_autofree char *path = virTestDataPath(DATADIR, name, ".xml");
    g_autofree char *xml = virTestLoadFile(path);
    virDomainDef *def = testABINormalise(xml);

    if (!def)
        g_error("%s: %s", path, virGetLastErrorMessage());
    return def;
}

static void
testABICase(gconstpointer data)
{
    const char *name = data;
    g_autoptr(virDomainDef) src = testABILoad("base");
    g_autoptr(virDomainDef) dst = testABILoad(name);
    int rc;

    virResetLastError();
    rc = virDomainDefCheckABIStability(src, dst, 0);
    if (g_str_has_prefix(name, "ok-")) {
        if (rc < 0) {
            g_printerr("%s: %s\n", name, virGetLastErrorMessage());
            g_test_fail();
        }
    } else {
        g_autofree char *errPath = virTestDataPath(DATADIR, name, ".err");
        g_autofree char *actual = NULL;
        virErrorPtr err = virGetLastError();

        if (rc == 0) {
            g_printerr("%s: the change was not detected\n", name);
            g_test_fail();
            return;
        }
        g_assert_nonnull(err);
        g_assert_cmpint(err->code, ==, VIR_ERR_CONFIG_UNSUPPORTED);
        g_assert_cmpint(err->domain, ==, VIR_FROM_DOMAIN);
        actual = g_strdup_printf("%s\n", err->message);
        virTestCompareToFile(actual, errPath);
    }
}

/* Every definition is ABI-compatible with itself and with its normalised
 * copy. */
static void
testABISelf(void)
{
    g_autofree char *path = virTestDataPath(DATADIR, "base", ".xml");
    g_autofree char *xml = virTestLoadFile(path);
    g_autoptr(virDomainDef) def = virDomainDefParseString(xml, VIR_DOMAIN_DEF_PARSE_INACTIVE);
    g_autoptr(virDomainDef) copy = NULL;

    g_assert_nonnull(def);
    g_assert_cmpint(virDomainDefCheckABIStability(def, def, 0), ==, 0);
    copy = virDomainDefCopy(def, TEST_IMAGE_FLAGS);
    g_assert_nonnull(copy);
    g_assert_cmpint(virDomainDefCheckABIStability(def, copy, 0), ==, 0);
    g_assert_cmpint(virDomainDefCheckABIStability(copy, def, 0), ==, 0);
}

/* A running guest changes its balloon itself: SKIP_VOLATILE ignores it. */
static void
testABISkipVolatile(void)
{
    g_autoptr(virDomainDef) src = testABILoad("base");
    g_autoptr(virDomainDef) dst = testABILoad("err-current-memory");

    g_assert_cmpint(virDomainDefCheckABIStability(src, dst, 0), ==, -1);
    g_assert_cmpint(virDomainDefCheckABIStability(src, dst,
                                                  VIR_DOMAIN_DEF_ABI_CHECK_SKIP_VOLATILE), ==, 0);
    g_assert_cmpint(virDomainDefCheckABIStability(src, dst, 1 << 5), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "unsupported flags (0x20) in function virDomainDefCheckABIStability");
}

/*
 * save-image-edit: virDomainSaveImageGetXMLDesc gives the stored XML (it
 * was written SECURE|INACTIVE|MIGRATABLE), the user edits something
 * harmless, and virDomainSaveImageDefineXML checks the edit against the
 * stored definition.  With both sides normalised with the same flags the
 * check passes, whatever the CPU definition looks like (custom model,
 * host-model, host-passthrough), and is never told the CPU model does not
 * match.
 */
static void
testABISaveImageEdit(gconstpointer data)
{
    const char *cpu = data;
    g_autofree char *path = virTestDataPath(DATADIR, "base", ".xml");
    g_autofree char *base = virTestLoadFile(path);
    g_autoptr(GString) guest = g_string_new(base);
    g_autoptr(virDomainDef) running = NULL;
    g_autoptr(virDomainDef) image = NULL;
    g_autoptr(virDomainDef) edited = NULL;
    g_autofree char *imageXML = NULL;
    g_autofree char *dumped = NULL;
    g_autoptr(GString) edit = NULL;
    const char *start;
    const char *end;

    /* the guest with the CPU under test */
    start = strstr(guest->str, "  <cpu ");
    end = strstr(guest->str, "</cpu>\n");
    g_assert_nonnull(start);
    g_assert_nonnull(end);
    g_string_erase(guest, start - guest->str, end + strlen("</cpu>\n") - start);
    g_string_insert(guest, start - guest->str, cpu);

    /* virDomainSave: the image stores SECURE|INACTIVE|MIGRATABLE */
    running = virDomainDefParseString(guest->str, 0);
    g_assert_nonnull(running);
    imageXML = virDomainDefFormat(running, TEST_IMAGE_FLAGS);
    g_assert_nonnull(imageXML);

    /* virDomainSaveImageGetXMLDesc(SECURE): parsed inactive, formatted secure */
    image = virDomainDefParseString(imageXML, VIR_DOMAIN_DEF_PARSE_INACTIVE);
    g_assert_nonnull(image);
    dumped = virDomainDefFormat(image, VIR_DOMAIN_XML_SECURE);
    g_assert_nonnull(dumped);

    /* the user's harmless edit */
    edit = g_string_new(dumped);
    g_assert_cmpint(g_string_replace(edit, "<on_crash>destroy</on_crash>",
                                     "<on_crash>restart</on_crash>", 1), ==, 1);
    g_assert_cmpint(g_string_replace(edit, "root.qcow2", "root-new.qcow2", 1), ==, 1);

    /* virDomainSaveImageDefineXML: both sides through the same flags */
    g_clear_pointer(&image, virDomainDefFree);
    image = virDomainDefParseString(imageXML, VIR_DOMAIN_DEF_PARSE_INACTIVE);
    g_assert_nonnull(image);
    {
        g_autoptr(virDomainDef) parsed = virDomainDefParseString(edit->str,
                                                                 VIR_DOMAIN_DEF_PARSE_INACTIVE);
        g_autoptr(virDomainDef) normImage = NULL;

        g_assert_nonnull(parsed);
        edited = virDomainDefCopy(parsed, TEST_IMAGE_FLAGS);
        normImage = virDomainDefCopy(image, TEST_IMAGE_FLAGS);
        g_assert_nonnull(edited);
        g_assert_nonnull(normImage);
        virResetLastError();
        if (virDomainDefCheckABIStability(normImage, edited, 0) < 0) {
            g_printerr("save-image-edit refused: %s\n", virGetLastErrorMessage());
            g_test_fail();
        }
        g_assert_null(strstr(virGetLastErrorMessage() ? virGetLastErrorMessage() : "",
                             "CPU model"));
    }
    g_assert_cmpint(edited->onCrash, ==, VIR_DOMAIN_LIFECYCLE_ACTION_RESTART);
}

static int
testABICompare(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int
main(int argc, char **argv)
{
    static const char *const cpus[] = {
        "  <cpu mode='custom' match='exact' check='partial'>\n"
        "    <model fallback='forbid'>Skylake-Client</model>\n"
        "    <feature policy='require' name='vmx'/>\n"
        "  </cpu>\n",
        "  <cpu mode='host-model' check='partial'/>\n",
        "  <cpu mode='host-passthrough' check='none' migratable='on'/>\n",
        "  <cpu>\n    <topology sockets='1' dies='1' cores='2' threads='2'/>\n  </cpu>\n",
    };
    static const char *const cpuNames[] = { "custom", "host-model", "host-passthrough",
                                            "topology-only" };
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
        if (!g_str_has_suffix(entry, ".xml") || g_str_equal(entry, "base.xml"))
            continue;
        g_ptr_array_add(names, g_strndup(entry, strlen(entry) - 4));
    }
    g_ptr_array_sort(names, testABICompare);
    for (i = 0; i < names->len; i++) {
        g_autofree char *testName = g_strdup_printf("/domain/abi/%s",
                                                    (const char *)names->pdata[i]);

        g_test_add_data_func(testName, names->pdata[i], testABICase);
    }

    g_test_add_func("/domain/abi/self", testABISelf);
    g_test_add_func("/domain/abi/skip-volatile", testABISkipVolatile);
    for (i = 0; i < G_N_ELEMENTS(cpus); i++) {
        g_autofree char *testName = g_strdup_printf("/domain/abi/save-image-edit/%s",
                                                    cpuNames[i]);

        g_test_add_data_func(testName, cpus[i], testABISaveImageEdit);
    }
    return g_test_run();
}
