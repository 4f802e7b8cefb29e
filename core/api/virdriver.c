/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdriver.c: registering connection drivers and opening connections
 */
#include <config.h>

#include <stdlib.h>

#include "virdriver.h"
#include "virerror.h"
#include "viruri.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static GMutex virDriverLock;
static GPtrArray *virDrivers;             /* const virConnectDriver * */
static virDriverLoaderFunc virDriverLoader;

/**
 * virRegisterConnectDriver:
 * @driver: a driver description that lives as long as the process
 *
 * Adds @driver to the drivers tried by virConnectOpen(), after those
 * already registered.  Returns 0, or -1 with an error reported when
 * @driver is incomplete or already registered.
 */
int
virRegisterConnectDriver(const virConnectDriver *driver)
{
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virDriverLock);

    if (!driver || !driver->name || !driver->hypervisor) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("a connection driver needs a name and a hypervisor table"));
        return -1;
    }
    if (!virDrivers)
        virDrivers = g_ptr_array_new();
    if (g_ptr_array_find(virDrivers, driver, NULL)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("connection driver '%1$s' is already registered"), driver->name);
        return -1;
    }
    g_ptr_array_add(virDrivers, (gpointer)driver);
    g_debug("registered connection driver '%s'", driver->name);
    return 0;
}

/**
 * virUnregisterConnectDriverForTests:
 * @driver: a registered driver
 *
 * Only for unit tests that register throw-away drivers: real drivers are
 * never unregistered, since objects may still point at their tables.
 */
void
virUnregisterConnectDriverForTests(const virConnectDriver *driver)
{
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virDriverLock);

    if (virDrivers)
        g_ptr_array_remove(virDrivers, (gpointer)driver);
}

/**
 * virDriverSetLoader:
 * @loader: the plugin layer's loader, or NULL
 */
void
virDriverSetLoader(virDriverLoaderFunc loader)
{
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virDriverLock);

    virDriverLoader = loader;
}

static bool
virDriverServesScheme(const virConnectDriver *driver, const char *scheme)
{
    size_t i;

    for (i = 0; driver->uriSchemes && driver->uriSchemes[i]; i++) {
        if (g_str_equal(driver->uriSchemes[i], scheme))
            return true;
    }
    return false;
}

static GPtrArray *
virDriverSnapshot(void)
{
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&virDriverLock);
    GPtrArray *copy = g_ptr_array_new();
    guint i;

    for (i = 0; virDrivers && i < virDrivers->len; i++)
        g_ptr_array_add(copy, g_ptr_array_index(virDrivers, i));
    return copy;
}

/* The URI to use when the application gives none. */
static char *
virConnectDefaultURI(void)
{
    const char *env = g_getenv("LIBVIRT_DEFAULT_URI");

    if (env && *env)
        return g_strdup(env);
    return g_strdup(geteuid() == 0 ? "qemu:///system" : "qemu:///session");
}

/**
 * virConnectOpenInternal:
 * @name: URI or alias; NULL or "" for the default
 * @auth: authentication callbacks passed to the driver, or NULL
 * @flags: virConnectFlags
 *
 * Returns a new connection, or NULL with the error reported (not
 * dispatched).
 */
virConnectPtr
virConnectOpenInternal(const char *name, virConnectAuthPtr auth, unsigned int flags)
{
    g_autofree char *uristr = NULL;
    g_autofree char *resolved = NULL;
    g_autofree char *scheme = NULL;
    g_autofree char *transport = NULL;
    g_autofree char *why = NULL;
    g_autoptr(virURI) uri = NULL;
    g_autoptr(GPtrArray) drivers = NULL;
    virConnectPtr conn;
    guint i;

    if (!name || !*name)
        uristr = virConnectDefaultURI();
    else
        uristr = g_strdup(name);

    if (!(flags & VIR_CONNECT_NO_ALIASES)) {
        if (virURIResolveAlias(uristr, &resolved) < 0)
            return NULL;
    } else {
        resolved = g_strdup(uristr);
    }

    if (!(uri = virURIParse(resolved)))
        return NULL;
    if (!uri->scheme) {
        virReportError(VIR_ERR_NO_CONNECT, _("URI '%1$s' does not include a driver name"),
                       resolved);
        return NULL;
    }
    scheme = virURIGetDriverName(uri);
    transport = virURIGetTransport(uri);

    if (!transport) {
        virDriverLoaderFunc loader;

        g_mutex_lock(&virDriverLock);
        loader = virDriverLoader;
        g_mutex_unlock(&virDriverLock);
        if (loader && loader(scheme, &why) < 0)
            return NULL;
    }

    conn = virConnectNewEmpty();
    conn->uri = g_steal_pointer(&uri);
    conn->uristr = virURIFormat(conn->uri);
    if (flags & VIR_CONNECT_RO)
        conn->flags |= VIR_CONNECT_FLAG_RO;

    drivers = virDriverSnapshot();
    for (i = 0; i < drivers->len; i++) {
        const virConnectDriver *driver = g_ptr_array_index(drivers, i);
        const virPluginHypervisorDriver *hv = driver->hypervisor;
        int status;

        if (transport || !virDriverServesScheme(driver, scheme))
            continue;
        if (driver->localOnly && conn->uri->server)
            continue;
        if (!VIR_PLUGIN_HAS(virPluginHypervisorDriver, hv, connectOpen) || !hv->connectOpen)
            continue;

        g_debug("trying driver '%s' for %s", driver->name, conn->uristr);
        conn->driver = driver;
        status = hv->connectOpen(conn, auth, flags);
        if (status == VIR_DRV_OPEN_SUCCESS)
            return conn;
        conn->driver = NULL;
        conn->privateData = NULL;
        if (status == VIR_DRV_OPEN_ERROR) {
            if (!virErrorIsSet())
                virReportError(VIR_ERR_INTERNAL_ERROR,
                               _("driver '%1$s' failed to open '%2$s'"), driver->name, resolved);
            virObjectUnref(conn);
            return NULL;
        }
    }

    if (why)
        virReportError(VIR_ERR_NO_CONNECT, "%s: %s", resolved, why);
    else
        virReportError(VIR_ERR_NO_CONNECT, "%s", resolved);
    virObjectUnref(conn);
    return NULL;
}

/**
 * virConnectDriverCloseInternal:
 * @conn: a connection being disposed
 *
 * Lets the driver release what it holds for @conn.
 */
void
virConnectDriverCloseInternal(virConnectPtr conn)
{
    const virPluginHypervisorDriver *hv;
    virErrorPtr saved;

    if (!conn->driver)
        return;
    hv = conn->driver->hypervisor;
    if (!VIR_PLUGIN_HAS(virPluginHypervisorDriver, hv, connectClose) || !hv->connectClose)
        return;
    saved = virErrorSaveLast();
    hv->connectClose(conn);
    virErrorRestoreLast(&saved);
}
