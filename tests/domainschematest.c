/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * domainschematest.c: domain XML documents against docs/schemas/domain.rng
 *
 * Data-driven, the folders are read at run time:
 *  - every domainxml2xmldata/NAME.expect.xml (libvirt 9.0's normalised
 *    output, which our formatter must reproduce) must be valid;
 *  - every input of a positive case (NAME.xml beside a NAME.expect.xml)
 *    must be valid, except the few listed in testInvalidInputs: inputs that
 *    show how lenient the parser is, which must then be *invalid*, so that
 *    the list stays true;
 *  - every domainschemadata/NAME.xml is a document the schema must refuse.
 * Inputs of negative cases (NAME.err) are not looked at: some are not even
 * well-formed, others are refused only by checks a schema cannot express.
 */
#include <config.h>

#include <string.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "testutils.h"

#define XML2XML_DIR "domainxml2xmldata"
#define SCHEMA_DIR "domainschemadata"

static xmlRelaxNGPtr testSchema;

/* Positive inputs outside the schema on purpose, and why. */
static const char *const testInvalidInputs[] = {
    "unknown-elements",   /* unknown elements and attributes are ignored */
    "uuid-no-dashes",     /* the parser takes a UUID written with blanks */
    "metadata-blanks",    /* a <metadata> child without a namespace is dropped */
    "interface-filterref-incomplete", /* a filter parameter without a value is dropped */
};

typedef struct {
    char *path;
    bool valid;           /* expected outcome */
} testSchemaCase;

static void
testSchemaCaseFree(gpointer data)
{
    testSchemaCase *tc = data;

    g_free(tc->path);
    g_free(tc);
}

static void
testSchemaCollectError(void *opaque, const xmlError *err)
{
    GString *msgs = opaque;

    g_string_append_printf(msgs, "  line %d: %s", err->line,
                           err->message ? err->message : "(no message)\n");
}

/*
 * Returns 1 if @path is valid, 0 if it is not, -1 if it cannot be parsed;
 * the validator's messages are appended to @msgs.
 */
static int
testSchemaValidateFile(const char *path, GString *msgs)
{
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                XML_PARSE_NOWARNING);
    xmlRelaxNGValidCtxtPtr vctxt;
    int rc;

    if (!doc) {
        g_string_append(msgs, "  not well-formed\n");
        return -1;
    }
    vctxt = xmlRelaxNGNewValidCtxt(testSchema);
    xmlRelaxNGSetValidStructuredErrors(vctxt,
                                       (xmlStructuredErrorFunc) testSchemaCollectError,
                                       msgs);
    rc = xmlRelaxNGValidateDoc(vctxt, doc);
    xmlRelaxNGFreeValidCtxt(vctxt);
    xmlFreeDoc(doc);
    return rc == 0 ? 1 : 0;
}

static void
testSchemaRun(gconstpointer data)
{
    const testSchemaCase *tc = data;
    g_autoptr(GString) msgs = g_string_new(NULL);
    int rc = testSchemaValidateFile(tc->path, msgs);

    if (tc->valid && rc != 1) {
        g_test_message("%s is not valid against domain.rng:\n%s", tc->path, msgs->str);
        g_test_fail();
    } else if (!tc->valid && rc != 0) {
        g_test_message("%s: %s", tc->path,
                       rc < 0 ? "is not well-formed, so it tests nothing"
                              : "is valid, but the schema must refuse it");
        g_test_fail();
    }
}

static void
testSchemaLoad(void)
{
    g_autofree char *path = g_test_build_filename(G_TEST_DIST, "..", "docs", "schemas",
                                                  "domain.rng", NULL);
    xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewParserCtxt(path);

    testSchema = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!testSchema)
        g_error("cannot load schema %s", path);
}

static bool
testIsInvalidInput(const char *name)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testInvalidInputs); i++) {
        if (g_str_equal(name, testInvalidInputs[i]))
            return true;
    }
    return false;
}

static int
testCompareNames(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Sorted names of the files in @dir ending with @suffix, suffix removed. */
static GPtrArray *
testListCases(const char *dir, const char *suffix)
{
    g_autofree char *path = g_test_build_filename(G_TEST_DIST, dir, NULL);
    g_autoptr(GError) err = NULL;
    g_autoptr(GDir) d = g_dir_open(path, 0, &err);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *ent;

    if (!d)
        g_error("cannot list %s: %s", path, err->message);
    while ((ent = g_dir_read_name(d))) {
        if (g_str_has_suffix(ent, suffix) && strlen(ent) > strlen(suffix))
            g_ptr_array_add(names, g_strndup(ent, strlen(ent) - strlen(suffix)));
    }
    g_ptr_array_sort(names, testCompareNames);
    return names;
}

static void
testAddCase(GPtrArray *keep, const char *testpath, char *file, bool valid)
{
    testSchemaCase *tc = g_new0(testSchemaCase, 1);

    tc->path = file;
    tc->valid = valid;
    g_ptr_array_add(keep, tc);
    g_test_add_data_func(testpath, tc, testSchemaRun);
}

/* Every name in testInvalidInputs must still be a positive case. */
static void
testInvalidInputsExist(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testInvalidInputs); i++) {
        g_autofree char *in = virTestDataPath(XML2XML_DIR, testInvalidInputs[i], ".xml");
        g_autofree char *out = virTestDataPath(XML2XML_DIR, testInvalidInputs[i],
                                               ".expect.xml");

        if (!g_file_test(in, G_FILE_TEST_EXISTS) || !g_file_test(out, G_FILE_TEST_EXISTS)) {
            g_test_message("%s is listed as an invalid input but is no positive case",
                           testInvalidInputs[i]);
            g_test_fail();
        }
    }
}

int
main(int argc, char **argv)
{
    g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func(testSchemaCaseFree);
    g_autoptr(GPtrArray) outputs = NULL;
    g_autoptr(GPtrArray) bad = NULL;
    size_t i;
    int ret;

    g_test_init(&argc, &argv, NULL);
    testSchemaLoad();

    outputs = testListCases(XML2XML_DIR, ".expect.xml");
    for (i = 0; i < outputs->len; i++) {
        const char *name = g_ptr_array_index(outputs, i);
        g_autofree char *out = g_strconcat("/domain/schema/output/", name, NULL);
        g_autofree char *in = g_strconcat("/domain/schema/input/", name, NULL);
        char *inPath = virTestDataPath(XML2XML_DIR, name, ".xml");

        testAddCase(keep, out, virTestDataPath(XML2XML_DIR, name, ".expect.xml"), true);
        /* test-default*.expect.xml are dumps of the built-in domain: no input */
        if (g_file_test(inPath, G_FILE_TEST_EXISTS))
            testAddCase(keep, in, inPath, !testIsInvalidInput(name));
        else
            g_free(inPath);
    }

    bad = testListCases(SCHEMA_DIR, ".xml");
    for (i = 0; i < bad->len; i++) {
        const char *name = g_ptr_array_index(bad, i);
        g_autofree char *tp = g_strconcat("/domain/schema/refused/", name, NULL);

        testAddCase(keep, tp, virTestDataPath(SCHEMA_DIR, name, ".xml"), false);
    }

    g_test_add_func("/domain/schema/invalid-inputs-listed", testInvalidInputsExist);

    ret = g_test_run();
    xmlRelaxNGFree(testSchema);
    return ret;
}
