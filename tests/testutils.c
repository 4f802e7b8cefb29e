/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * testutils.c: helpers shared by the unit tests
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "testutils.h"

/**
 * virTestDataPath:
 * @dir: data folder below tests/ ("viruridata")
 * @name: case name
 * @suffix: file ending (".xml"), or NULL
 *
 * Returns the path of a test data file in the source tree (G_TEST_SRCDIR).
 */
char *
virTestDataPath(const char *dir, const char *name, const char *suffix)
{
    g_autofree char *file = g_strconcat(name, suffix, NULL);

    return g_test_build_filename(G_TEST_DIST, dir, file, NULL);
}

/**
 * virTestLoadFile:
 * @path: file to read
 *
 * Returns its contents, failing the test if it cannot be read.
 */
char *
virTestLoadFile(const char *path)
{
    g_autoptr(GError) err = NULL;
    char *data = NULL;

    if (!g_file_get_contents(path, &data, NULL, &err))
        g_error("cannot read %s: %s", path, err->message);
    return data;
}

/**
 * virTestRegenerate:
 *
 * Returns true when VIR_TEST_REGENERATE_OUTPUT=1: expected-output files are
 * rewritten from the actual output instead of compared (review the diff).
 */
bool
virTestRegenerate(void)
{
    const char *env = g_getenv("VIR_TEST_REGENERATE_OUTPUT");

    return env && g_str_equal(env, "1");
}

/**
 * virTestCompareToFile:
 * @actual: the output produced
 * @path: file with the expected output
 *
 * Fails the test, printing both, when they differ; rewrites @path instead
 * when regenerating.
 */
void
virTestCompareToFile(const char *actual, const char *path)
{
    g_autofree char *expected = NULL;

    if (virTestRegenerate()) {
        g_autoptr(GError) err = NULL;

        if (!g_file_set_contents(path, actual, -1, &err))
            g_error("cannot write %s: %s", path, err->message);
        return;
    }
    expected = virTestLoadFile(path);
    if (!g_str_equal(expected, actual)) {
        g_printerr("--- expected (%s)\n%s--- actual\n%s---\n", path, expected, actual);
        g_test_fail();
    }
}

/**
 * virTestReadLines:
 * @path: a data file
 *
 * Returns its lines, without blank lines and '#' comments.
 */
GPtrArray *
virTestReadLines(const char *path)
{
    g_autofree char *data = virTestLoadFile(path);
    g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
    GPtrArray *ret = g_ptr_array_new_with_free_func(g_free);
    size_t i;

    for (i = 0; lines[i]; i++) {
        if (!*lines[i] || lines[i][0] == '#')
            continue;
        g_ptr_array_add(ret, g_strdup(lines[i]));
    }
    return ret;
}

/**
 * virTestLoadSchema:
 * @name: a schema of docs/schemas ("storagepool.rng")
 *
 * Returns the parsed RelaxNG schema; aborts the test program if it cannot
 * be loaded.  Free with xmlRelaxNGFree().
 */
xmlRelaxNGPtr
virTestLoadSchema(const char *name)
{
    g_autofree char *path = g_test_build_filename(G_TEST_DIST, "..", "docs", "schemas",
                                                  name, NULL);
    xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewParserCtxt(path);
    xmlRelaxNGPtr schema = xmlRelaxNGParse(pctxt);

    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!schema)
        g_error("cannot load schema %s", path);
    return schema;
}

/**
 * virTestValidateSchema:
 * @schema: from virTestLoadSchema()
 * @what: name of the document, for the failure message
 * @xml: the document
 *
 * Fails the test when @xml is not well formed or not valid against @schema.
 */
void
virTestValidateSchema(xmlRelaxNGPtr schema, const char *what, const char *xml)
{
    xmlDocPtr doc = xmlReadMemory(xml, strlen(xml), what, NULL, XML_PARSE_NONET);
    xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt(schema);

    g_assert_nonnull(doc);
    if (xmlRelaxNGValidateDoc(vctxt, doc) != 0) {
        g_printerr("%s is not valid against the schema\n", what);
        g_test_fail();
    }
    xmlRelaxNGFreeValidCtxt(vctxt);
    xmlFreeDoc(doc);
}
