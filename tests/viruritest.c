/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * viruritest.c: parsing and formatting connection URIs
 *
 * Data-driven: every line of viruridata/uris.in is parsed, described and
 * formatted back; the descriptions must equal viruridata/uris.expect.
 */
#include <config.h>

#include "internal.h"
#include "viruri.h"
#include "testutils.h"

static void
virTestDescribeURI(GString *out, const char *input)
{
    g_autoptr(virURI) uri = virURIParse(input);
    g_autofree char *driver = NULL;
    g_autofree char *transport = NULL;
    g_autofree char *formatted = NULL;
    size_t i;

    g_string_append_printf(out, "%s\n", input);
    if (!uri) {
        g_string_append_printf(out, "  error: %s\n", virGetLastErrorMessage());
        return;
    }
    driver = virURIGetDriverName(uri);
    transport = virURIGetTransport(uri);
    formatted = virURIFormat(uri);
    g_string_append_printf(out, "  scheme=%s driver=%s transport=%s\n",
                           uri->scheme ? uri->scheme : "-", driver ? driver : "-",
                           transport ? transport : "-");
    g_string_append_printf(out, "  user=%s server=%s port=%d path=%s fragment=%s\n",
                           uri->user ? uri->user : "-", uri->server ? uri->server : "-",
                           uri->port, uri->path ? uri->path : "-",
                           uri->fragment ? uri->fragment : "-");
    for (i = 0; i < uri->nparams; i++)
        g_string_append_printf(out, "  param '%s' = '%s'\n",
                               uri->params[i].name, uri->params[i].value);
    g_string_append_printf(out, "  format=%s\n", formatted);
}

static void
testURIData(void)
{
    g_autofree char *in = virTestDataPath("viruridata", "uris", ".in");
    g_autofree char *expect = virTestDataPath("viruridata", "uris", ".expect");
    g_autoptr(GPtrArray) lines = virTestReadLines(in);
    g_autoptr(GString) out = g_string_new(NULL);
    size_t i;

    for (i = 0; i < lines->len; i++)
        virTestDescribeURI(out, g_ptr_array_index(lines, i));
    virTestCompareToFile(out->str, expect);
}

/* Formatting what was parsed gives back a URI that parses the same. */
static void
testURIRoundTrip(void)
{
    g_autofree char *in = virTestDataPath("viruridata", "uris", ".in");
    g_autoptr(GPtrArray) lines = virTestReadLines(in);
    size_t i;

    for (i = 0; i < lines->len; i++) {
        g_autoptr(GString) first = g_string_new(NULL);
        g_autoptr(GString) second = g_string_new(NULL);
        g_autoptr(virURI) uri = virURIParse(g_ptr_array_index(lines, i));
        g_autofree char *formatted = NULL;

        if (!uri)
            continue;
        formatted = virURIFormat(uri);
        virTestDescribeURI(first, formatted);
        virTestDescribeURI(second, formatted);
        g_assert_cmpstr(first->str, ==, second->str);
    }
}

static void
testURIParam(void)
{
    g_autoptr(virURI) uri = virURIParse("qemu+ssh://h/system?x=1&keyfile=%2Fk&x=2");

    g_assert_nonnull(uri);
    g_assert_cmpstr(virURIGetParam(uri, "x"), ==, "2");
    g_assert_cmpstr(virURIGetParam(uri, "keyfile"), ==, "/k");
    g_assert_null(virURIGetParam(uri, "missing"));
    uri->params[0].ignore = true;
    {
        g_autofree char *query = virURIFormatParams(uri);

        g_assert_cmpstr(query, ==, "keyfile=%2Fk&x=2");
    }
}

static void
testURIInvalid(void)
{
    virURI *uri = virURIParse("qemu://[::1/system");

    g_assert_null(uri);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "internal error: Unable to parse URI qemu://[::1/system");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/uri/data", testURIData);
    g_test_add_func("/uri/roundtrip", testURIRoundTrip);
    g_test_add_func("/uri/param", testURIParam);
    g_test_add_func("/uri/invalid", testURIInvalid);
    return g_test_run();
}
