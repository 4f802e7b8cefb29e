/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * typedparamstest.c: the public virTypedParams* helpers, as libvirt 9.0
 * behaves (every expectation here also passes against Debian's libvirt)
 */
#include <config.h>

#include <math.h>
#include <stdbool.h>
#include <string.h>

#include <glib.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

/* 80 characters: one more than a field holds with its NUL. */
#define NAME_TOO_LONG \
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
/* 79 characters: the longest name accepted. */
#define NAME_LONGEST \
    "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"  \
    "yyyyyyyy"

/* How many times the error callback ran since the last check. */
static int dispatched;

static void
testErrorHandler(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
    dispatched++;
}

/* Asserts that exactly one error was raised and dispatched, and what it is. */
static void
testCheckError(int code, const char *message)
{
    virErrorPtr err = virGetLastError();
    const char *tmpl = code == VIR_ERR_INTERNAL_ERROR ? "internal error: %s"
                                                      : "invalid argument: %s";
    size_t prefix = strlen(tmpl) - strlen("%s");

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpint(err->domain, ==, VIR_FROM_NONE);
    g_assert_cmpint(err->level, ==, VIR_ERR_ERROR);
    g_assert_cmpstr(err->message, ==, message);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, message);
    g_assert_cmpstr(err->str1, ==, tmpl);
    g_assert_cmpstr(err->str2, ==, message + prefix);
    g_assert_null(err->str3);
    g_assert_cmpint(err->int1, ==, -1);
    g_assert_cmpint(dispatched, ==, 1);
    dispatched = 0;
}

/* Asserts that there is no last error and nothing was dispatched. */
static void
testCheckNoError(void)
{
    g_assert_null(virGetLastError());
    g_assert_cmpint(dispatched, ==, 0);
}

/* Leaves a stale last error behind, to see who resets it. */
static void
testSetStaleError(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;

    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams,
                                         NAME_TOO_LONG, 1), ==, -1);
    virTypedParamsFree(params, nparams);
    g_assert_nonnull(virGetLastError());
    dispatched = 0;
}

static void
testCheckStaleError(void)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpstr(err->message, ==,
                    "internal error: Field name '" NAME_TOO_LONG "' too long");
    g_assert_cmpint(dispatched, ==, 0);
}


static void
testRoundTrip(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    char source[] = "hello";
    int i = 0;
    unsigned int ui = 0;
    long long l = 0;
    unsigned long long ul = 0;
    double d = 0;
    int b = 0;
    const char *s = NULL;

    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "i", -42), ==, 0);
    g_assert_cmpint(virTypedParamsAddUInt(&params, &nparams, &maxparams, "ui", 4000000000U), ==, 0);
    g_assert_cmpint(virTypedParamsAddLLong(&params, &nparams, &maxparams, "l", G_MININT64), ==, 0);
    g_assert_cmpint(virTypedParamsAddULLong(&params, &nparams, &maxparams,
                                            "ul", G_MAXUINT64), ==, 0);
    g_assert_cmpint(virTypedParamsAddDouble(&params, &nparams, &maxparams, "d", 2.5), ==, 0);
    g_assert_cmpint(virTypedParamsAddBoolean(&params, &nparams, &maxparams, "b", 1), ==, 0);
    g_assert_cmpint(virTypedParamsAddString(&params, &nparams, &maxparams, "s", source), ==, 0);
    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, NAME_LONGEST, 7), ==, 0);
    testCheckNoError();
    g_assert_cmpint(nparams, ==, 8);

    g_assert_cmpint(params[0].type, ==, VIR_TYPED_PARAM_INT);
    g_assert_cmpstr(params[0].field, ==, "i");
    g_assert_cmpint(params[6].type, ==, VIR_TYPED_PARAM_STRING);
    g_assert_cmpstr(params[7].field, ==, NAME_LONGEST);

    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "i", &i), ==, 1);
    g_assert_cmpint(i, ==, -42);
    g_assert_cmpint(virTypedParamsGetUInt(params, nparams, "ui", &ui), ==, 1);
    g_assert_cmpuint(ui, ==, 4000000000U);
    g_assert_cmpint(virTypedParamsGetLLong(params, nparams, "l", &l), ==, 1);
    g_assert_cmpint(l, ==, G_MININT64);
    g_assert_cmpint(virTypedParamsGetULLong(params, nparams, "ul", &ul), ==, 1);
    g_assert_cmpuint(ul, ==, G_MAXUINT64);
    g_assert_cmpint(virTypedParamsGetDouble(params, nparams, "d", &d), ==, 1);
    g_assert_cmpfloat(d, ==, 2.5);
    g_assert_cmpint(virTypedParamsGetBoolean(params, nparams, "b", &b), ==, 1);
    g_assert_cmpint(b, ==, 1);
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, NAME_LONGEST, &i), ==, 1);
    g_assert_cmpint(i, ==, 7);

    /* The string was copied, and GetString lends the list's own copy. */
    source[0] = 'J';
    g_assert_cmpint(virTypedParamsGetString(params, nparams, "s", &s), ==, 1);
    g_assert_cmpstr(s, ==, "hello");
    g_assert_true(s != source);
    g_assert_true(s == params[6].value.s);

    /* virTypedParamsGet returns the entry itself. */
    g_assert_true(virTypedParamsGet(params, nparams, "d") == &params[4]);
    g_assert_null(virTypedParamsGet(params, nparams, "nope"));
    testCheckNoError();

    virTypedParamsFree(params, nparams);
}

static void
testGrowth(void)
{
    static const int expected[] = { 1, 2, 3, 4, 6, 6, 9, 9, 9, 13, 13, 13, 13, 19 };
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(expected); i++) {
        g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "g", (int)i), ==, 0);
        g_assert_cmpint(nparams, ==, (int)i + 1);
        g_assert_cmpint(maxparams, ==, expected[i]);
    }
    for (i = 0; i < G_N_ELEMENTS(expected); i++)
        g_assert_cmpint(params[i].value.i, ==, (int)i);
    virTypedParamsFree(params, nparams);
}

static void
testGrowthPreallocated(void)
{
    virTypedParameterPtr params = g_new0(virTypedParameter, 4);
    virTypedParameterPtr orig = params;
    int nparams = 0;
    int maxparams = 4;

    /* Room left: the caller's array is used as it is. */
    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "a", 1), ==, 0);
    g_assert_true(params == orig);
    g_assert_cmpint(nparams, ==, 1);
    g_assert_cmpint(maxparams, ==, 4);

    /* A maxparams below nparams grows to exactly what is needed. */
    nparams = 3;
    maxparams = 1;
    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "b", 2), ==, 0);
    g_assert_cmpint(nparams, ==, 4);
    g_assert_cmpint(maxparams, ==, 4);
    g_assert_cmpint(params[3].value.i, ==, 2);
    virTypedParamsFree(params, nparams);
}

static void
testDuplicates(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    int value = 0;

    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "a", 1), ==, 0);
    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "a", 2), ==, 0);
    testCheckNoError();
    g_assert_cmpint(nparams, ==, 2);
    g_assert_cmpint(maxparams, ==, 2);

    /* The first one wins. */
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "a", &value), ==, 1);
    g_assert_cmpint(value, ==, 1);
    g_assert_true(virTypedParamsGet(params, nparams, "a") == &params[0]);

    /* A refused name still grows the array, but is not counted. */
    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, NAME_TOO_LONG, 3), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR,
                   "internal error: Field name '" NAME_TOO_LONG "' too long");
    g_assert_cmpint(nparams, ==, 2);
    g_assert_cmpint(maxparams, ==, 3);
    virTypedParamsFree(params, nparams);
}

static void
testNameTooLong(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    const char *strings[] = { "x", "y", NULL };
    const char *message = "internal error: Field name '" NAME_TOO_LONG "' too long";

    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, NAME_TOO_LONG, 1), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);
    g_assert_cmpint(virTypedParamsAddUInt(&params, &nparams, &maxparams, NAME_TOO_LONG, 1), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);
    g_assert_cmpint(virTypedParamsAddLLong(&params, &nparams, &maxparams,
                                           NAME_TOO_LONG, 1), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);
    g_assert_cmpint(virTypedParamsAddULLong(&params, &nparams, &maxparams,
                                            NAME_TOO_LONG, 1), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);
    g_assert_cmpint(virTypedParamsAddDouble(&params, &nparams, &maxparams,
                                            NAME_TOO_LONG, 1), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);
    g_assert_cmpint(virTypedParamsAddBoolean(&params, &nparams, &maxparams,
                                             NAME_TOO_LONG, 1), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);
    g_assert_cmpint(virTypedParamsAddString(&params, &nparams, &maxparams,
                                            NAME_TOO_LONG, "v"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);
    g_assert_cmpint(virTypedParamsAddStringList(&params, &nparams, &maxparams,
                                                NAME_TOO_LONG, strings), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);

    /* The name is checked before the value is parsed or the type looked at. */
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, NAME_TOO_LONG,
                                                VIR_TYPED_PARAM_INT, "bad"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, NAME_TOO_LONG,
                                                99, "1"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, message);

    g_assert_cmpint(nparams, ==, 0);
    g_assert_cmpint(maxparams, ==, 1);
    virTypedParamsFree(params, nparams);
}

static void
testWrongType(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    int i = 5;
    unsigned int ui = 5;
    long long l = 5;
    unsigned long long ul = 5;
    double d = 5;
    int b = 5;
    const char *s = "untouched";

    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "a", 1), ==, 0);

    g_assert_cmpint(virTypedParamsGetUInt(params, nparams, "a", &ui), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'uint' requested for parameter 'a', actual type is 'int'");
    g_assert_cmpint(virTypedParamsGetLLong(params, nparams, "a", &l), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'llong' requested for parameter 'a', actual type is 'int'");
    g_assert_cmpint(virTypedParamsGetULLong(params, nparams, "a", &ul), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'ullong' requested for parameter 'a', actual type is 'int'");
    g_assert_cmpint(virTypedParamsGetDouble(params, nparams, "a", &d), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'double' requested for parameter 'a', actual type is 'int'");
    g_assert_cmpint(virTypedParamsGetBoolean(params, nparams, "a", &b), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'boolean' requested for parameter 'a', actual type is 'int'");
    g_assert_cmpint(virTypedParamsGetString(params, nparams, "a", &s), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'string' requested for parameter 'a', actual type is 'int'");
    /* Without a place to store the value, the type is still checked. */
    g_assert_cmpint(virTypedParamsGetUInt(params, nparams, "a", NULL), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'uint' requested for parameter 'a', actual type is 'int'");

    g_assert_cmpuint(ui, ==, 5);
    g_assert_cmpint(l, ==, 5);
    g_assert_cmpuint(ul, ==, 5);
    g_assert_cmpfloat(d, ==, 5);
    g_assert_cmpint(b, ==, 5);
    g_assert_cmpstr(s, ==, "untouched");

    /* Each actual type by name. */
    g_assert_cmpint(virTypedParamsAddUInt(&params, &nparams, &maxparams, "ui", 1), ==, 0);
    g_assert_cmpint(virTypedParamsAddLLong(&params, &nparams, &maxparams, "l", 1), ==, 0);
    g_assert_cmpint(virTypedParamsAddULLong(&params, &nparams, &maxparams, "ul", 1), ==, 0);
    g_assert_cmpint(virTypedParamsAddDouble(&params, &nparams, &maxparams, "d", 1), ==, 0);
    g_assert_cmpint(virTypedParamsAddBoolean(&params, &nparams, &maxparams, "b", 1), ==, 0);
    g_assert_cmpint(virTypedParamsAddString(&params, &nparams, &maxparams, "s", "1"), ==, 0);

    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "ui", &i), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'int' requested for parameter 'ui', actual type is 'uint'");
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "l", &i), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'int' requested for parameter 'l', actual type is 'llong'");
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "ul", &i), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'int' requested for parameter 'ul', actual type is 'ullong'");
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "d", &i), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'int' requested for parameter 'd', actual type is 'double'");
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "b", &i), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'int' requested for parameter 'b', actual type is 'boolean'");
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "s", &i), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'int' requested for parameter 's', actual type is 'string'");

    /* Types outside the enum, set by hand. */
    params[1].type = 0;
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "ui", &i), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'int' requested for parameter 'ui', actual type is 'unknown'");
    params[1].type = 99;
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "ui", &i), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid type 'int' requested for parameter 'ui', actual type is '(null)'");
    params[1].type = VIR_TYPED_PARAM_UINT;

    g_assert_cmpint(i, ==, 5);
    virTypedParamsFree(params, nparams);
}

static void
testNotFound(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    int i = 5;
    unsigned int ui = 5;
    long long l = 5;
    unsigned long long ul = 5;
    double d = 5;
    int b = 5;
    const char *s = "untouched";

    /* An empty or NULL list. */
    g_assert_cmpint(virTypedParamsGetInt(NULL, 0, "a", &i), ==, 0);
    g_assert_cmpint(virTypedParamsGetInt(NULL, 5, "a", &i), ==, 0);
    g_assert_null(virTypedParamsGet(NULL, 5, "a"));
    testCheckNoError();

    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "a", 1), ==, 0);
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "z", &i), ==, 0);
    g_assert_cmpint(virTypedParamsGetUInt(params, nparams, "z", &ui), ==, 0);
    g_assert_cmpint(virTypedParamsGetLLong(params, nparams, "z", &l), ==, 0);
    g_assert_cmpint(virTypedParamsGetULLong(params, nparams, "z", &ul), ==, 0);
    g_assert_cmpint(virTypedParamsGetDouble(params, nparams, "z", &d), ==, 0);
    g_assert_cmpint(virTypedParamsGetBoolean(params, nparams, "z", &b), ==, 0);
    g_assert_cmpint(virTypedParamsGetString(params, nparams, "z", &s), ==, 0);
    /* Only the first nparams entries are searched. */
    g_assert_cmpint(virTypedParamsGetInt(params, 0, "a", &i), ==, 0);
    /* A NULL name matches nothing. */
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, NULL, &i), ==, 0);
    g_assert_null(virTypedParamsGet(params, nparams, NULL));
    testCheckNoError();

    g_assert_cmpint(i, ==, 5);
    g_assert_cmpuint(ui, ==, 5);
    g_assert_cmpint(l, ==, 5);
    g_assert_cmpuint(ul, ==, 5);
    g_assert_cmpfloat(d, ==, 5);
    g_assert_cmpint(b, ==, 5);
    g_assert_cmpstr(s, ==, "untouched");

    /* Found, with nowhere to store the value. */
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "a", NULL), ==, 1);
    testCheckNoError();
    virTypedParamsFree(params, nparams);
}

static void
testResetLastError(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    int value = 0;
    const char *none[] = { NULL };
    const char *one[] = { "v", NULL };

    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "a", 1), ==, 0);

    /* The typed getters reset it, found or not. */
    testSetStaleError();
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "a", &value), ==, 1);
    testCheckNoError();
    testSetStaleError();
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "z", &value), ==, 0);
    testCheckNoError();
    testSetStaleError();
    g_assert_cmpint(virTypedParamsGetInt(NULL, 0, "z", &value), ==, 0);
    testCheckNoError();

    /* The adders reset it. */
    testSetStaleError();
    g_assert_cmpint(virTypedParamsAddUInt(&params, &nparams, &maxparams, "b", 1), ==, 0);
    testCheckNoError();
    testSetStaleError();
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, "c",
                                                VIR_TYPED_PARAM_INT, "1"), ==, 0);
    testCheckNoError();
    testSetStaleError();
    g_assert_cmpint(virTypedParamsAddStringList(&params, &nparams, &maxparams, "d", one), ==, 0);
    testCheckNoError();

    /* virTypedParamsGet, Clear and Free leave it alone. */
    testSetStaleError();
    g_assert_nonnull(virTypedParamsGet(params, nparams, "a"));
    testCheckStaleError();
    g_assert_null(virTypedParamsGet(params, nparams, "z"));
    testCheckStaleError();
    virTypedParamsClear(NULL, 0);
    testCheckStaleError();
    virTypedParamsFree(NULL, 0);
    testCheckStaleError();

    /* So does AddStringList, which only resets through AddString: an
     * empty list is -1 with the stale error, a NULL one is 0. */
    g_assert_cmpint(virTypedParamsAddStringList(&params, &nparams, &maxparams, "e", none), ==, -1);
    testCheckStaleError();
    g_assert_cmpint(virTypedParamsAddStringList(&params, &nparams, &maxparams, "e", NULL), ==, 0);
    testCheckStaleError();
    g_assert_cmpint(nparams, ==, 4);

    virResetLastError();
    virTypedParamsFree(params, nparams);
}

static void
testBoolean(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    int value = 5;

    g_assert_cmpint(virTypedParamsAddBoolean(&params, &nparams, &maxparams, "t", 5), ==, 0);
    g_assert_cmpint(virTypedParamsAddBoolean(&params, &nparams, &maxparams, "n", -1), ==, 0);
    g_assert_cmpint(virTypedParamsAddBoolean(&params, &nparams, &maxparams, "w", 256), ==, 0);
    g_assert_cmpint(virTypedParamsAddBoolean(&params, &nparams, &maxparams, "f", 0), ==, 0);
    g_assert_cmpint(params[0].value.b, ==, 1);
    g_assert_cmpint(params[1].value.b, ==, 1);
    g_assert_cmpint(params[2].value.b, ==, 1);
    g_assert_cmpint(params[3].value.b, ==, 0);

    g_assert_cmpint(virTypedParamsGetBoolean(params, nparams, "f", &value), ==, 1);
    g_assert_cmpint(value, ==, 0);
    /* Any non-zero byte reads as 1. */
    params[0].value.b = 7;
    g_assert_cmpint(virTypedParamsGetBoolean(params, nparams, "t", &value), ==, 1);
    g_assert_cmpint(value, ==, 1);
    params[0].value.b = -3;
    value = 5;
    g_assert_cmpint(virTypedParamsGetBoolean(params, nparams, "t", &value), ==, 1);
    g_assert_cmpint(value, ==, 1);
    testCheckNoError();
    virTypedParamsFree(params, nparams);
}

static void
testStrings(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    const char *values[] = { "x", "y", "z", NULL };
    const char *s = NULL;
    size_t i;

    /* A NULL string is stored as an empty one. */
    g_assert_cmpint(virTypedParamsAddString(&params, &nparams, &maxparams, "null", NULL), ==, 0);
    g_assert_nonnull(params[0].value.s);
    g_assert_cmpstr(params[0].value.s, ==, "");

    /* One entry per string, all with the same name, each copied. */
    g_assert_cmpint(virTypedParamsAddStringList(&params, &nparams, &maxparams, "L", values), ==, 0);
    testCheckNoError();
    g_assert_cmpint(nparams, ==, 4);
    for (i = 0; i < 3; i++) {
        g_assert_cmpstr(params[i + 1].field, ==, "L");
        g_assert_cmpint(params[i + 1].type, ==, VIR_TYPED_PARAM_STRING);
        g_assert_cmpstr(params[i + 1].value.s, ==, values[i]);
        g_assert_true(params[i + 1].value.s != values[i]);
    }
    g_assert_cmpint(virTypedParamsGetString(params, nparams, "L", &s), ==, 1);
    g_assert_cmpstr(s, ==, "x");

    /* Clear frees the strings only: names, types and the count stay. */
    virTypedParamsClear(params, nparams);
    for (i = 0; i < 4; i++) {
        g_assert_null(params[i].value.s);
        g_assert_cmpint(params[i].type, ==, VIR_TYPED_PARAM_STRING);
    }
    g_assert_cmpstr(params[1].field, ==, "L");
    virTypedParamsFree(params, nparams);

    /* Clearing a list without strings leaves the values alone. */
    params = NULL;
    nparams = maxparams = 0;
    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "i", 3), ==, 0);
    virTypedParamsClear(params, nparams);
    g_assert_cmpint(params[0].type, ==, VIR_TYPED_PARAM_INT);
    g_assert_cmpint(params[0].value.i, ==, 3);
    virTypedParamsFree(params, nparams);

    virTypedParamsClear(NULL, 3);
    virTypedParamsFree(NULL, 3);
}

typedef struct {
    int type;
    const char *value;
    const char *expected;   /* the parsed value printed, or NULL if refused */
} testFromStringCase;

static const testFromStringCase fromStringCases[] = {
    { VIR_TYPED_PARAM_INT, "5", "5" },
    { VIR_TYPED_PARAM_INT, " 5", "5" },
    { VIR_TYPED_PARAM_INT, "\t\n5", "5" },
    { VIR_TYPED_PARAM_INT, "+5", "5" },
    { VIR_TYPED_PARAM_INT, "-5", "-5" },
    { VIR_TYPED_PARAM_INT, "010", "10" },
    { VIR_TYPED_PARAM_INT, "2147483647", "2147483647" },
    { VIR_TYPED_PARAM_INT, "-2147483648", "-2147483648" },
    { VIR_TYPED_PARAM_INT, "2147483648", NULL },
    { VIR_TYPED_PARAM_INT, "-2147483649", NULL },
    { VIR_TYPED_PARAM_INT, "9223372036854775808", NULL },
    { VIR_TYPED_PARAM_INT, "", NULL },
    { VIR_TYPED_PARAM_INT, " ", NULL },
    { VIR_TYPED_PARAM_INT, "-", NULL },
    { VIR_TYPED_PARAM_INT, "5 ", NULL },
    { VIR_TYPED_PARAM_INT, "5x", NULL },
    { VIR_TYPED_PARAM_INT, "0x10", NULL },
    { VIR_TYPED_PARAM_INT, "1.0", NULL },
    { VIR_TYPED_PARAM_UINT, "5", "5" },
    { VIR_TYPED_PARAM_UINT, " 7", "7" },
    { VIR_TYPED_PARAM_UINT, "4294967295", "4294967295" },
    { VIR_TYPED_PARAM_UINT, "-0", "0" },
    { VIR_TYPED_PARAM_UINT, "-1", "4294967295" },
    { VIR_TYPED_PARAM_UINT, " -1", "4294967295" },
    { VIR_TYPED_PARAM_UINT, "-4294967295", "1" },
    { VIR_TYPED_PARAM_UINT, "-4294967296", NULL },
    { VIR_TYPED_PARAM_UINT, "4294967296", NULL },
    { VIR_TYPED_PARAM_UINT, "18446744073709551615", NULL },
    { VIR_TYPED_PARAM_UINT, "-18446744073709551615", NULL },
    { VIR_TYPED_PARAM_UINT, "0x10", NULL },
    { VIR_TYPED_PARAM_LLONG, "9223372036854775807", "9223372036854775807" },
    { VIR_TYPED_PARAM_LLONG, "-9223372036854775808", "-9223372036854775808" },
    { VIR_TYPED_PARAM_LLONG, "9223372036854775808", NULL },
    { VIR_TYPED_PARAM_LLONG, "0x10", NULL },
    { VIR_TYPED_PARAM_LLONG, "", NULL },
    { VIR_TYPED_PARAM_LLONG, "x", NULL },
    { VIR_TYPED_PARAM_ULLONG, "18446744073709551615", "18446744073709551615" },
    { VIR_TYPED_PARAM_ULLONG, "-1", "18446744073709551615" },
    { VIR_TYPED_PARAM_ULLONG, " -1", "18446744073709551615" },
    { VIR_TYPED_PARAM_ULLONG, "-18446744073709551615", "1" },
    { VIR_TYPED_PARAM_ULLONG, "18446744073709551616", NULL },
    { VIR_TYPED_PARAM_ULLONG, "-18446744073709551616", NULL },
    { VIR_TYPED_PARAM_ULLONG, "0x10", NULL },
    { VIR_TYPED_PARAM_ULLONG, "", NULL },
    { VIR_TYPED_PARAM_DOUBLE, "1.5", "1.5" },
    { VIR_TYPED_PARAM_DOUBLE, " 1.5", "1.5" },
    { VIR_TYPED_PARAM_DOUBLE, "1e3", "1000" },
    { VIR_TYPED_PARAM_DOUBLE, "0x1p3", "8" },
    { VIR_TYPED_PARAM_DOUBLE, "nan", "nan" },
    { VIR_TYPED_PARAM_DOUBLE, "inf", "inf" },
    { VIR_TYPED_PARAM_DOUBLE, "-infinity", "-inf" },
    { VIR_TYPED_PARAM_DOUBLE, "1.5 ", NULL },
    { VIR_TYPED_PARAM_DOUBLE, "1,5", NULL },
    { VIR_TYPED_PARAM_DOUBLE, "", NULL },
    { VIR_TYPED_PARAM_DOUBLE, "abc", NULL },
    { VIR_TYPED_PARAM_DOUBLE, "-0x", NULL },
    { VIR_TYPED_PARAM_DOUBLE, "1e999", NULL },
    { VIR_TYPED_PARAM_DOUBLE, "1e-999", NULL },
    { VIR_TYPED_PARAM_DOUBLE, "1e-310", NULL },
    { VIR_TYPED_PARAM_BOOLEAN, "1", "1" },
    { VIR_TYPED_PARAM_BOOLEAN, "0", "0" },
    { VIR_TYPED_PARAM_BOOLEAN, "true", "1" },
    { VIR_TYPED_PARAM_BOOLEAN, "TrUe", "1" },
    { VIR_TYPED_PARAM_BOOLEAN, "false", "0" },
    { VIR_TYPED_PARAM_BOOLEAN, "FALSE", "0" },
    { VIR_TYPED_PARAM_BOOLEAN, "yes", NULL },
    { VIR_TYPED_PARAM_BOOLEAN, "no", NULL },
    { VIR_TYPED_PARAM_BOOLEAN, "on", NULL },
    { VIR_TYPED_PARAM_BOOLEAN, "2", NULL },
    { VIR_TYPED_PARAM_BOOLEAN, "-1", NULL },
    { VIR_TYPED_PARAM_BOOLEAN, " 1", NULL },
    { VIR_TYPED_PARAM_BOOLEAN, "1 ", NULL },
    { VIR_TYPED_PARAM_BOOLEAN, "", NULL },
    { VIR_TYPED_PARAM_STRING, "hello", "hello" },
    { VIR_TYPED_PARAM_STRING, "", "" },
};

/* The parsed value as text, to compare with the table. */
static char *
testFormatValue(const virTypedParameter *param)
{
    switch (param->type) {
    case VIR_TYPED_PARAM_INT:
        return g_strdup_printf("%d", param->value.i);
    case VIR_TYPED_PARAM_UINT:
        return g_strdup_printf("%u", param->value.ui);
    case VIR_TYPED_PARAM_LLONG:
        return g_strdup_printf("%lld", param->value.l);
    case VIR_TYPED_PARAM_ULLONG:
        return g_strdup_printf("%llu", param->value.ul);
    case VIR_TYPED_PARAM_DOUBLE:
        if (isnan(param->value.d))
            return g_strdup("nan");
        return g_strdup_printf("%g", param->value.d);
    case VIR_TYPED_PARAM_BOOLEAN:
        return g_strdup_printf("%d", param->value.b);
    case VIR_TYPED_PARAM_STRING:
        return g_strdup(param->value.s);
    }
    return NULL;
}

static void
testFromString(void)
{
    static const char *const expected[] = {
        [VIR_TYPED_PARAM_INT] = "invalid argument: Invalid value for field 'f': expected int",
        [VIR_TYPED_PARAM_UINT] = "invalid argument: Invalid value for field 'f': expected unsigned int",
        [VIR_TYPED_PARAM_LLONG] = "invalid argument: Invalid value for field 'f': expected long long",
        [VIR_TYPED_PARAM_ULLONG] = "invalid argument: Invalid value for field 'f': expected unsigned long long",
        [VIR_TYPED_PARAM_DOUBLE] = "invalid argument: Invalid value for field 'f': expected double",
        [VIR_TYPED_PARAM_BOOLEAN] = "invalid argument: Invalid boolean value for field 'f'",
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(fromStringCases); i++) {
        const testFromStringCase *tc = &fromStringCases[i];
        virTypedParameterPtr params = NULL;
        int nparams = 0;
        int maxparams = 0;
        g_autofree char *escaped = g_strescape(tc->value, NULL);
        g_autofree char *result = NULL;
        g_autofree char *got = NULL;
        g_autofree char *want = NULL;
        int rc;

        rc = virTypedParamsAddFromString(&params, &nparams, &maxparams, "f",
                                         tc->type, tc->value);
        if (rc == 0)
            result = testFormatValue(&params[0]);
        else
            result = g_strdup_printf("%d, %s", rc, virGetLastErrorMessage());

        /* The case is in both strings, so that a failure names it. */
        got = g_strdup_printf("type %d '%s' => %s", tc->type, escaped, result);
        if (tc->expected)
            want = g_strdup_printf("type %d '%s' => %s", tc->type, escaped, tc->expected);
        else
            want = g_strdup_printf("type %d '%s' => -1, %s", tc->type, escaped, expected[tc->type]);
        g_assert_cmpstr(got, ==, want);

        /* The array grows before the value is parsed. */
        g_assert_cmpint(maxparams, ==, 1);
        if (tc->expected) {
            testCheckNoError();
            g_assert_cmpint(nparams, ==, 1);
            g_assert_cmpstr(params[0].field, ==, "f");
            g_assert_cmpint(params[0].type, ==, tc->type);
            if (tc->type == VIR_TYPED_PARAM_STRING)
                g_assert_true(params[0].value.s != tc->value);
        } else {
            testCheckError(VIR_ERR_INVALID_ARG, expected[tc->type]);
            g_assert_cmpint(nparams, ==, 0);
        }
        virTypedParamsFree(params, nparams);
    }
}

static void
testFromStringErrors(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;

    /* A NULL value is refused before the name and the type are checked,
     * but after the array has grown. */
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, "q",
                                                VIR_TYPED_PARAM_INT, NULL), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, "invalid argument: NULL value for field 'q'");
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, "q",
                                                VIR_TYPED_PARAM_STRING, NULL), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, "invalid argument: NULL value for field 'q'");
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, "q",
                                                99, NULL), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, "invalid argument: NULL value for field 'q'");
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, NAME_TOO_LONG,
                                                VIR_TYPED_PARAM_INT, NULL), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: NULL value for field '" NAME_TOO_LONG "'");
    g_assert_cmpint(nparams, ==, 0);
    g_assert_cmpint(maxparams, ==, 1);

    /* Unknown types. */
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams,
                                                "y", 99, "1"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, "internal error: unexpected type 99 for field y");
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams,
                                                "y", 0, "1"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, "internal error: unexpected type 0 for field y");
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams,
                                                "y", 8, "1"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, "internal error: unexpected type 8 for field y");
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams,
                                                "y", -1, "1"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, "internal error: unexpected type -1 for field y");

    /* The messages of the brief. */
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, "x",
                                                VIR_TYPED_PARAM_INT, "abc"), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid value for field 'x': expected int");
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, "z",
                                                VIR_TYPED_PARAM_BOOLEAN, "maybe"), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: Invalid boolean value for field 'z'");

    g_assert_cmpint(nparams, ==, 0);
    g_assert_cmpint(maxparams, ==, 1);
    virTypedParamsFree(params, nparams);
}

int
main(int argc, char **argv)
{
    /* libvirt needs it before its thread-local error is usable. */
    if (virInitialize() < 0)
        return 1;
    virSetErrorFunc(NULL, testErrorHandler);

    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/typedparams/roundtrip", testRoundTrip);
    g_test_add_func("/typedparams/growth", testGrowth);
    g_test_add_func("/typedparams/growth-preallocated", testGrowthPreallocated);
    g_test_add_func("/typedparams/duplicates", testDuplicates);
    g_test_add_func("/typedparams/name-too-long", testNameTooLong);
    g_test_add_func("/typedparams/wrong-type", testWrongType);
    g_test_add_func("/typedparams/not-found", testNotFound);
    g_test_add_func("/typedparams/reset-last-error", testResetLastError);
    g_test_add_func("/typedparams/boolean", testBoolean);
    g_test_add_func("/typedparams/strings", testStrings);
    g_test_add_func("/typedparams/from-string", testFromString);
    g_test_add_func("/typedparams/from-string-errors", testFromStringErrors);

    return g_test_run();
}
