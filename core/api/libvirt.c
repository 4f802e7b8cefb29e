/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt.c: library initialisation, versions, opening and closing
 * connections, and the default authentication callback
 */
#include <config.h>

#include <stdio.h>
#include <termios.h>
#include <unistd.h>

#include "internal.h"
#include "virerror.h"
#include "datatypes.h"
#include "virdriver.h"
#include "virapifallback.h"
#include "virinit.h"
#include "virplugin.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static GOnce virInitOnce = G_ONCE_INIT;
static GPtrArray *virInitHooks;
static GMutex virInitHooksLock;

/**
 * virInitAddHook:
 * @hook: function run once by virInitialize(), in registration order
 *
 * Lets a subsystem (the plugin loader) take part in initialisation.
 * Hooks must be added before the first virInitialize().
 */
void
virInitAddHook(virInitHookFunc hook)
{
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virInitHooksLock);

    if (!virInitHooks)
        virInitHooks = g_ptr_array_new();
    g_ptr_array_add(virInitHooks, (gpointer)hook);
}

static gpointer
virGlobalInit(gpointer data G_GNUC_UNUSED)
{
    guint i;

    bindtextdomain(GETTEXT_PACKAGE, LOCALEDIR);
    bind_textdomain_codeset(GETTEXT_PACKAGE, "UTF-8");

    if (virPluginRegistryInitialize() < 0)
        return GINT_TO_POINTER(-1);

    g_mutex_lock(&virInitHooksLock);
    for (i = 0; virInitHooks && i < virInitHooks->len; i++) {
        virInitHookFunc hook = (virInitHookFunc)g_ptr_array_index(virInitHooks, i);

        if (hook() < 0) {
            g_mutex_unlock(&virInitHooksLock);
            return GINT_TO_POINTER(-1);
        }
    }
    g_mutex_unlock(&virInitHooksLock);
    return GINT_TO_POINTER(0);
}

int
virInitialize(void)
{
    return GPOINTER_TO_INT(g_once(&virInitOnce, virGlobalInit, NULL));
}

int
virGetVersion(unsigned long *libVer, const char *type G_GNUC_UNUSED,
              unsigned long *typeVer)
{
    virResetLastError();
    if (virInitialize() < 0 || !libVer) {
        virDispatchError(NULL);
        return -1;
    }
    *libVer = LIBVIR_VERSION_NUMBER;
    if (typeVer)
        *typeVer = LIBVIR_VERSION_NUMBER;
    return 0;
}


/* ---- opening and closing ------------------------------------------------ */

static virConnectPtr
virConnectOpenCommon(const char *name, virConnectAuthPtr auth, unsigned int flags)
{
    virConnectPtr conn;

    virResetLastError();
    if (virInitialize() < 0) {
        virDispatchError(NULL);
        return NULL;
    }
    if (!(conn = virConnectOpenInternal(name, auth, flags))) {
        virDispatchError(NULL);
        return NULL;
    }
    return conn;
}

virConnectPtr
virConnectOpen(const char *name)
{
    return virConnectOpenCommon(name, NULL, 0);
}

virConnectPtr
virConnectOpenReadOnly(const char *name)
{
    return virConnectOpenCommon(name, NULL, VIR_CONNECT_RO);
}

virConnectPtr
virConnectOpenAuth(const char *name, virConnectAuthPtr auth, unsigned int flags)
{
    return virConnectOpenCommon(name, auth, flags);
}

int
virConnectClose(virConnectPtr conn)
{
    virResetLastError();
    if (!virConnectIsValid(conn)) {
        virReportInvalidHandle(VIR_FROM_NONE, VIR_ERR_INVALID_CONN, __func__);
        virDispatchError(NULL);
        return -1;
    }
    /* libvirt answers 1, not the count, while references remain */
    return virObjectUnref(conn) > 0 ? 1 : 0;
}

int
virConnectRef(virConnectPtr conn)
{
    virResetLastError();
    if (!virConnectIsValid(conn)) {
        virReportInvalidHandle(VIR_FROM_DOMAIN, VIR_ERR_INVALID_CONN, __func__);
        virDispatchError(NULL);
        return -1;
    }
    virObjectRef(conn);
    return 0;
}

char *
virConnectGetURI(virConnectPtr conn)
{
    virResetLastError();
    if (!virConnectIsValid(conn)) {
        virReportInvalidHandle(VIR_FROM_DOMAIN, VIR_ERR_INVALID_CONN, __func__);
        virDispatchError(NULL);
        return NULL;
    }
    return g_strdup(conn->uristr);
}

int
virConnectRegisterCloseCallback(virConnectPtr conn, virConnectCloseFunc cb,
                                void *opaque, virFreeCallback freecb)
{
    virResetLastError();
    if (!virConnectIsValid(conn)) {
        virReportInvalidHandle(VIR_FROM_DOMAIN, VIR_ERR_INVALID_CONN, __func__);
        virDispatchError(NULL);
        return -1;
    }
    if (!cb) {
        virReportInvalidNonNullArg(VIR_FROM_DOMAIN, __func__, "cb");
        goto error;
    }
    g_mutex_lock(&conn->lock);
    if (conn->closeCallback) {
        g_mutex_unlock(&conn->lock);
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("A close callback is already registered"));
        goto error;
    }
    conn->closeCallback = cb;
    conn->closeOpaque = opaque;
    conn->closeFreeCallback = freecb;
    g_mutex_unlock(&conn->lock);
    return 0;

 error:
    virDispatchError(conn);
    return -1;
}

int
virConnectUnregisterCloseCallback(virConnectPtr conn, virConnectCloseFunc cb)
{
    virFreeCallback freecb;
    void *opaque;

    virResetLastError();
    if (!virConnectIsValid(conn)) {
        virReportInvalidHandle(VIR_FROM_DOMAIN, VIR_ERR_INVALID_CONN, __func__);
        virDispatchError(NULL);
        return -1;
    }
    if (!cb) {
        virReportInvalidNonNullArg(VIR_FROM_DOMAIN, __func__, "cb");
        goto error;
    }
    g_mutex_lock(&conn->lock);
    if (conn->closeCallback != cb) {
        g_mutex_unlock(&conn->lock);
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("A different callback was requested"));
        goto error;
    }
    freecb = conn->closeFreeCallback;
    opaque = conn->closeOpaque;
    conn->closeCallback = NULL;
    conn->closeOpaque = NULL;
    conn->closeFreeCallback = NULL;
    g_mutex_unlock(&conn->lock);
    if (freecb)
        freecb(opaque);
    return 0;

 error:
    virDispatchError(conn);
    return -1;
}


/* ---- fallbacks for optional driver callbacks ----------------------------- */

/**
 * virConnectGetTypeFallback:
 * @conn: a valid connection
 *
 * The driver's name, for drivers that do not name their hypervisor type.
 */
const char *
virConnectGetTypeFallback(virConnectPtr conn)
{
    return conn->driver ? conn->driver->hypervisor->name : NULL;
}

/**
 * virConnectGetLibVersionFallback:
 * @conn: a valid connection
 * @libVer: where to store the API level
 *
 * The API level of this library, for drivers that run in-process.
 */
int
virConnectGetLibVersionFallback(virConnectPtr conn G_GNUC_UNUSED, unsigned long *libVer)
{
    *libVer = LIBVIR_VERSION_NUMBER;
    return 0;
}


/* ---- default authentication callback ------------------------------------- */

static int virConnectCredTypeDefault[] = {
    VIR_CRED_AUTHNAME,
    VIR_CRED_ECHOPROMPT,
    VIR_CRED_REALM,
    VIR_CRED_PASSPHRASE,
    VIR_CRED_NOECHOPROMPT,
    VIR_CRED_EXTERNAL,
};

/* Reads one line from the terminal, without echo when @secret. */
static char *
virAuthReadLine(bool secret)
{
    struct termios old, quiet;
    bool restore = false;
    char buf[1024];
    char *ret = NULL;

    if (secret && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0) {
        quiet = old;
        quiet.c_lflag &= ~ECHO;
        restore = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    if (fgets(buf, sizeof(buf), stdin)) {
        buf[strcspn(buf, "\r\n")] = '\0';
        ret = g_strdup(buf);
    }
    if (restore) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stdout);
    }
    return ret;
}

static int
virConnectAuthCallbackDefault(virConnectCredentialPtr cred, unsigned int ncred,
                              void *cbdata G_GNUC_UNUSED)
{
    size_t i;

    for (i = 0; i < ncred; i++) {
        bool secret = false;
        char *line;

        switch (cred[i].type) {
        case VIR_CRED_EXTERNAL:
            /* nothing to ask: the transport authenticates by itself */
            if (cred[i].challenge && g_str_equal(cred[i].challenge, "PolicyKit"))
                continue;
            return -1;
        case VIR_CRED_PASSPHRASE:
        case VIR_CRED_NOECHOPROMPT:
            secret = true;
            break;
        case VIR_CRED_USERNAME:
        case VIR_CRED_AUTHNAME:
        case VIR_CRED_LANGUAGE:
        case VIR_CRED_CNONCE:
        case VIR_CRED_ECHOPROMPT:
        case VIR_CRED_REALM:
            break;
        default:
            return -1;
        }

        if (cred[i].prompt)
            fputs(cred[i].prompt, stdout);
        if (cred[i].defresult)
            printf(" [%s]", cred[i].defresult);
        fputs(": ", stdout);
        fflush(stdout);

        if (!(line = virAuthReadLine(secret)))
            return -1;
        if (!*line && cred[i].defresult) {
            g_free(line);
            line = g_strdup(cred[i].defresult);
        }
        cred[i].result = line;
        cred[i].resultlen = strlen(line);
    }
    return 0;
}

static virConnectAuth virConnectAuthDefault = {
    virConnectCredTypeDefault,
    G_N_ELEMENTS(virConnectCredTypeDefault),
    virConnectAuthCallbackDefault,
    NULL,
};

virConnectAuthPtr virConnectAuthPtrDefault = &virConnectAuthDefault;
