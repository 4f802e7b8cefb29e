/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virerrortest.c: the error model: templates, thread-local last error,
 * dispatch to callbacks, copies
 */
#include <config.h>

#include "internal.h"
#include "virerror.h"
#include "datatypes.h"
#include "virdriver.h"

#define VIR_FROM_THIS VIR_FROM_TEST

static void
testTemplates(void)
{
    virErrorPtr err;

    virReportError(VIR_ERR_NO_DOMAIN, NULL);
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_NO_DOMAIN);
    g_assert_cmpint(err->domain, ==, VIR_FROM_TEST);
    g_assert_cmpint(err->level, ==, VIR_ERR_ERROR);
    g_assert_cmpstr(err->message, ==, "Domain not found");
    g_assert_cmpstr(err->str1, ==, "Domain not found");
    g_assert_null(err->str2);
    g_assert_cmpint(err->int1, ==, -1);
    g_assert_cmpint(err->int2, ==, -1);

    virReportError(VIR_ERR_NO_DOMAIN, _("no domain with matching name '%1$s'"), "foo");
    err = virGetLastError();
    g_assert_cmpstr(err->message, ==, "Domain not found: no domain with matching name 'foo'");
    g_assert_cmpstr(err->str1, ==, "Domain not found: %s");
    g_assert_cmpstr(err->str2, ==, "no domain with matching name 'foo'");

    virReportError(VIR_ERR_INVALID_ARG, "%s", "testOpen: supply a path or use test:///default");
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "invalid argument: testOpen: supply a path or use test:///default");
    virReportError(VIR_ERR_NO_CONNECT, "%s", "bogus:///");
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "no connection driver available for bogus:///");
    virReportError(VIR_ERR_OPERATION_INVALID, "%s", "domain is not running");
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "Requested operation is not valid: domain is not running");
    virReportError(VIR_ERR_XML_ERROR, "%s", "failed to parse xml document '/x'");
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "XML error: failed to parse xml document '/x'");
    virReportError(VIR_ERR_DOM_EXIST, "%s", "demo");
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "domain demo exists already");
    virReportSystemError(ENOENT, _("cannot open '%1$s'"), "/nonexistent");
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "cannot open '/nonexistent': No such file or directory");
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_cmpint(virGetLastError()->int1, ==, ENOENT);
}

/* Every code has a template; the numbers are libvirt's. */
static void
testAllCodes(void)
{
    int code;

    for (code = 1; code <= VIR_ERR_MULTIPLE_DOMAINS; code++) {
        const char *bare = virErrorCodeTemplate(code, false);
        const char *info = virErrorCodeTemplate(code, true);

        g_assert_nonnull(bare);
        g_assert_nonnull(strstr(info, "%s"));
        g_assert_cmpstr(bare, !=, "An error occurred, but the cause is unknown");
    }
    g_assert_cmpint(VIR_ERR_MULTIPLE_DOMAINS, ==, 110);
    g_assert_cmpint(VIR_FROM_CH, ==, 72);
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_TEST), ==, "Test Driver");
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_DOMAIN), ==, "Domain Config");
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_CH), ==, "Cloud-Hypervisor Driver");
    g_assert_cmpstr(virErrorDomainName(1000), ==, "Unknown");
}

static void
testReset(void)
{
    virReportError(VIR_ERR_INTERNAL_ERROR, "%s", "x");
    g_assert_nonnull(virGetLastError());
    virResetLastError();
    g_assert_null(virGetLastError());
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "no error");
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OK);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_NONE);
}

static gpointer
testThreadWorker(gpointer data G_GNUC_UNUSED)
{
    /* a new thread starts with no error, and its errors stay its own */
    g_assert_null(virGetLastError());
    virReportError(VIR_ERR_NO_NETWORK, NULL);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_NETWORK);
    return NULL;
}

static void
testThreadLocal(void)
{
    GThread *thread;

    virReportError(VIR_ERR_NO_DOMAIN, NULL);
    thread = g_thread_new("err", testThreadWorker, NULL);
    g_thread_join(thread);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_DOMAIN);
}

static void
testCopySave(void)
{
    virError copy = { 0 };
    virErrorPtr saved;

    virResetLastError();
    g_assert_cmpint(virCopyLastError(&copy), ==, 0);
    g_assert_cmpint(copy.code, ==, VIR_ERR_OK);
    saved = virSaveLastError();
    g_assert_nonnull(saved);
    g_assert_cmpint(saved->code, ==, VIR_ERR_OK);
    g_assert_null(saved->message);
    virFreeError(saved);

    virReportError(VIR_ERR_NO_STORAGE_POOL, "%s", "p");
    g_assert_cmpint(virCopyLastError(&copy), ==, VIR_ERR_NO_STORAGE_POOL);
    g_assert_cmpstr(copy.message, ==, "Storage pool not found: p");
    saved = virSaveLastError();
    virResetLastError();
    g_assert_cmpstr(saved->message, ==, "Storage pool not found: p");
    virErrorRestoreLast(&saved);
    g_assert_null(saved);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "Storage pool not found: p");
    virResetError(&copy);
    g_assert_null(copy.message);
    virFreeError(NULL);
    virResetError(NULL);
}

static int handlerCalls;
static int lastHandlerCode;

static void
testHandler(void *data, virErrorPtr err)
{
    g_assert_cmpstr(data, ==, "cookie");
    handlerCalls++;
    lastHandlerCode = err->code;
}

/* A failing public call runs the callback exactly once. */
static void
testDispatchOnce(void)
{
    handlerCalls = 0;
    virSetErrorFunc((void *)"cookie", testHandler);
    g_assert_null(virDomainLookupByName(NULL, "x"));
    g_assert_cmpint(handlerCalls, ==, 1);
    g_assert_cmpint(lastHandlerCode, ==, VIR_ERR_INVALID_CONN);
    g_assert_cmpuint(virDomainGetID(NULL), ==, (unsigned int)-1);
    g_assert_cmpint(handlerCalls, ==, 2);
    g_assert_cmpint(lastHandlerCode, ==, VIR_ERR_INVALID_DOMAIN);
    virSetErrorFunc(NULL, NULL);
}

/* Without a callback, errors go to stderr as libvirt prints them. */
static void
testDefaultFunc(void)
{
    if (g_test_subprocess()) {
        virSetErrorFunc(NULL, NULL);
        virDomainGetInfo(NULL, NULL);
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("libvirt: Domain error : invalid domain pointer in virDomainGetInfo\n");
}

static void
testDefaultFuncWarning(void)
{
    virError err = { .code = VIR_ERR_NO_DOMAIN, .domain = VIR_FROM_TEST,
                     .level = VIR_ERR_WARNING, .message = (char *)"Domain not found\n" };

    if (g_test_subprocess()) {
        virDefaultErrorFunc(&err);
        virDefaultErrorFunc(NULL);
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("libvirt: Test Driver warning : Domain not found\n");
}

/* With no error set, a failure still reports something. */
static void
testDispatchGeneric(void)
{
    virResetLastError();
    virSetErrorFunc((void *)"cookie", testHandler);
    virDispatchError(NULL);
    virSetErrorFunc(NULL, NULL);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "An error occurred, but the cause is unknown");
}

static int
mockOpen(virConnectPtr conn G_GNUC_UNUSED, virConnectAuthPtr auth G_GNUC_UNUSED,
         unsigned int flags G_GNUC_UNUSED)
{
    return VIR_DRV_OPEN_SUCCESS;
}

static const virPluginHypervisorDriver mockHV = {
    .hdr = { sizeof(virPluginHypervisorDriver), 1, 0 }, .name = "errmock", .connectOpen = mockOpen,
};
static const char *const mockSchemes[] = { "errmock", NULL };
static const virConnectDriver mockDriver = {
    .name = "errmock", .uriSchemes = mockSchemes, .hypervisor = &mockHV,
};

static int connHandlerCalls;

static void
testConnHandler(void *data G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
    connHandlerCalls++;
}

/* Errors of calls on a connection are kept on it too. */
static void
testConnErrors(void)
{
    virConnectPtr conn;
    virErrorPtr err;
    virError copy = { 0 };

    virSetErrorFunc((void *)"cookie", testHandler);
    conn = virConnectOpen("errmock:///");
    g_assert_nonnull(conn);
    g_assert_null(virConnGetLastError(conn));
    g_assert_null(virConnectGetHostname(conn));
    err = virConnGetLastError(conn);
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_NO_SUPPORT);
    g_assert_cmpint(err->domain, ==, VIR_FROM_DOMAIN);
    g_assert_cmpstr(err->message, ==,
                    "this function is not supported by the connection driver: virConnectGetHostname");
    g_assert_cmpint(virConnCopyLastError(conn, &copy), ==, VIR_ERR_NO_SUPPORT);
    virResetError(&copy);

    virConnSetErrorFunc(conn, NULL, testConnHandler);
    handlerCalls = connHandlerCalls = 0;
    g_assert_null(virConnectGetSysinfo(conn, 0));
    g_assert_cmpint(connHandlerCalls, ==, 1);
    g_assert_cmpint(handlerCalls, ==, 0);

    virConnResetLastError(conn);
    g_assert_null(virConnGetLastError(conn));
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    virSetErrorFunc(NULL, NULL);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    virRegisterConnectDriver(&mockDriver);
    g_test_add_func("/error/templates", testTemplates);
    g_test_add_func("/error/all-codes", testAllCodes);
    g_test_add_func("/error/reset", testReset);
    g_test_add_func("/error/thread-local", testThreadLocal);
    g_test_add_func("/error/copy-save", testCopySave);
    g_test_add_func("/error/dispatch-once", testDispatchOnce);
    g_test_add_func("/error/default-func", testDefaultFunc);
    g_test_add_func("/error/default-func-warning", testDefaultFuncWarning);
    g_test_add_func("/error/dispatch-generic", testDispatchGeneric);
    g_test_add_func("/error/connection", testConnErrors);
    return g_test_run();
}
