/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginhost.c: the services the core hands to plugins (virPluginHost),
 * and what plugins register with them
 */
#include <config.h>

#include <stdio.h>

#include <libvirt/libvirt-plugin-conf.h>

#include "virplugin.h"
#include "virerror.h"
#include "datatypes.h"
#include "virdriver.h"

#define VIR_FROM_THIS VIR_FROM_NONE

typedef struct {
    virPluginKind kind;
    const virPluginStructHeader *table;
} virPluginRegistration;

/* Committed backends, by what they serve; never removed. */
static GMutex virPluginBackendLock;
static GHashTable *virPluginStorageBackends;      /* pool type -> table */
static GHashTable *virPluginNetworkBackends;      /* forward mode -> table */
static GHashTable *virPluginSecurityModels;       /* model -> table */

/**
 * virPluginContextClear:
 * @ctx: a plugin's context
 *
 * Drops registrations not committed (after a failed init()).
 */
void
virPluginContextClear(virPluginContext *ctx)
{
    if (ctx->pending)
        g_clear_pointer(&ctx->pending, g_ptr_array_unref);
}


/* ---- diagnostics ------------------------------------------------------------ */

static void
virPluginHostReportError(virPluginContext *ctx G_GNUC_UNUSED, int domain, int code,
                         const char *file, const char *func, size_t line,
                         const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    virReportErrorFullV(domain, code, file, func, line, fmt, ap);
    va_end(ap);
}

static void
virPluginHostReportSystemError(virPluginContext *ctx G_GNUC_UNUSED, int domain, int errnum,
                               const char *file, const char *func, size_t line,
                               const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    virReportSystemErrorFullV(domain, errnum, file, func, line, fmt, ap);
    va_end(ap);
}

static void
virPluginHostLog(virPluginContext *ctx, int priority, const char *fmt, ...)
{
    GLogLevelFlags level = G_LOG_LEVEL_DEBUG;
    g_autofree char *message = NULL;
    va_list ap;

    switch (priority) {
    case VIR_PLUGIN_LOG_DEBUG:
        level = G_LOG_LEVEL_DEBUG;
        break;
    case VIR_PLUGIN_LOG_INFO:
        level = G_LOG_LEVEL_INFO;
        break;
    case VIR_PLUGIN_LOG_WARN:
    case VIR_PLUGIN_LOG_ERROR:
        level = G_LOG_LEVEL_MESSAGE;      /* never fatal in a library */
        break;
    }
    va_start(ap, fmt);
    message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_log("libvirt-plugin", level, "%s: %s", ctx && ctx->plugin ? ctx->plugin->name : "?", message);
}


/* ---- registration ------------------------------------------------------------ */

/* A table's header must be readable and of our ABI major. */
static bool
virPluginCheckTableHeader(virPluginContext *ctx, const virPluginStructHeader *hdr,
                          size_t minSize, const char *what)
{
    if (!hdr || hdr->structSize < minSize || hdr->abiMajor != VIR_PLUGIN_ABI_MAJOR) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("plugin '%1$s' registered a %2$s table that is missing, too short (%3$u bytes) or of ABI major %4$u"),
                       ctx->plugin->name, what, hdr ? hdr->structSize : 0,
                       hdr ? hdr->abiMajor : 0);
        return false;
    }
    return true;
}

#define VIR_PLUGIN_MIN_SIZE(type, member) \
    (offsetof(type, member) + sizeof(((type *)0)->member))

static int
virPluginHostRegisterDriver(virPluginContext *ctx, virPluginKind kind,
                            const virPluginStructHeader *table)
{
    virPluginRegistration *reg;
    size_t minSize = 0;

    if (!ctx || !ctx->initializing) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("plugins register their drivers from their init function only"));
        return -1;
    }
    switch (kind) {
    case VIR_PLUGIN_KIND_HYPERVISOR:
        minSize = VIR_PLUGIN_MIN_SIZE(virPluginConnectDriver, hypervisor);
        break;
    case VIR_PLUGIN_KIND_STORAGE:
        minSize = VIR_PLUGIN_MIN_SIZE(virPluginStorageBackend, poolTypes);
        break;
    case VIR_PLUGIN_KIND_NETWORK:
        minSize = VIR_PLUGIN_MIN_SIZE(virPluginNetworkBackend, forwardModes);
        break;
    case VIR_PLUGIN_KIND_SECLABEL:
        minSize = VIR_PLUGIN_MIN_SIZE(virPluginSecurityModel, doi);
        break;
    default:
        virReportError(VIR_ERR_INVALID_ARG, _("plugin '%1$s' registered an unknown kind %2$d"),
                       ctx->plugin->name, (int)kind);
        return -1;
    }
    if (!virPluginCheckTableHeader(ctx, table, minSize, virPluginKindToString(kind)))
        return -1;
    if (!ctx->pending)
        ctx->pending = g_ptr_array_new_with_free_func(g_free);
    reg = g_new0(virPluginRegistration, 1);
    reg->kind = kind;
    reg->table = table;
    g_ptr_array_add(ctx->pending, reg);
    return 0;
}

static bool
virPluginListContains(const char *const *list, const char *item)
{
    size_t i;

    for (i = 0; list && list[i]; i++) {
        if (g_str_equal(list[i], item))
            return true;
    }
    return false;
}

/* Everything the manifest promises for @kind must be in @served. */
static int
virPluginCheckServes(virPlugin *plugin, virPluginKind kind, const char *const *served)
{
    char **promised;
    size_t i;

    if (!plugin->manifest)
        return 0;
    promised = virPluginManifestProvides(plugin->manifest, kind);
    for (i = 0; promised[i]; i++) {
        if (!virPluginListContains(served, promised[i])) {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("its manifest promises %1$s '%2$s', but its %3$s table does not serve it"),
                           virPluginKindToString(kind), promised[i], virPluginKindToString(kind));
            return -1;
        }
    }
    return 0;
}

static const virPluginStructHeader *
virPluginSubTable(const virPluginConnectDriver *drv, size_t offset, size_t size)
{
    if (offset + size > drv->hdr.structSize)
        return NULL;
    return *(const virPluginStructHeader *const *)((const char *)drv + offset);
}

static int
virPluginCommitConnectDriver(virPlugin *plugin, const virPluginConnectDriver *drv)
{
    virConnectDriver *internal;

    if (!drv->name || !drv->uriSchemes || !drv->uriSchemes[0] || !drv->hypervisor ||
        drv->hypervisor->hdr.structSize < VIR_PLUGIN_MIN_SIZE(virPluginHypervisorDriver, name) ||
        drv->hypervisor->hdr.abiMajor != VIR_PLUGIN_ABI_MAJOR) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("its connection driver needs a name, URI schemes and a hypervisor table"));
        return -1;
    }
    if (virPluginCheckServes(plugin, VIR_PLUGIN_KIND_HYPERVISOR, drv->uriSchemes) < 0)
        return -1;

    internal = g_new0(virConnectDriver, 1);          /* lives as long as the process */
    internal->name = drv->name;
    internal->uriSchemes = drv->uriSchemes;
    internal->localOnly = VIR_PLUGIN_HAS(virPluginConnectDriver, drv, flags) &&
                          (drv->flags & VIR_PLUGIN_CONNECT_LOCAL_ONLY);
    internal->hypervisor = drv->hypervisor;
#define VIR_SUB(member, type) \
    internal->member = (const type *)virPluginSubTable(drv, offsetof(virPluginConnectDriver, member), \
                                                       sizeof(drv->member))
    VIR_SUB(network, virPluginNetworkDriver);
    VIR_SUB(storage, virPluginStorageDriver);
    VIR_SUB(interface, virPluginInterfaceDriver);
    VIR_SUB(nodeDevice, virPluginNodeDeviceDriver);
    VIR_SUB(nwfilter, virPluginNWFilterDriver);
    VIR_SUB(secret, virPluginSecretDriver);
#undef VIR_SUB
    internal->plugin = plugin;
    if (virRegisterConnectDriver(internal) < 0) {
        g_free(internal);
        return -1;
    }
    return 0;
}

static void
virPluginAddBackend(GHashTable **table, const char *const *keys, const void *backend)
{
    size_t i;

    g_mutex_lock(&virPluginBackendLock);
    if (!*table)
        *table = g_hash_table_new(g_str_hash, g_str_equal);
    for (i = 0; keys[i]; i++) {
        if (!g_hash_table_contains(*table, keys[i]))
            g_hash_table_insert(*table, (gpointer)keys[i], (gpointer)backend);
    }
    g_mutex_unlock(&virPluginBackendLock);
}

/**
 * virPluginCommitRegistrations:
 * @plugin: a plugin whose init() succeeded
 *
 * Checks that it registered a table for every kind its manifest declares,
 * serving everything the manifest promises, then makes its tables live.
 * Returns 0, or -1 with the error reported.
 */
int
virPluginCommitRegistrations(virPlugin *plugin)
{
    virPluginContext *ctx = &plugin->ctx;
    unsigned int kinds = 0;
    unsigned int wanted = plugin->manifest ? plugin->manifest->kinds : plugin->desc->kinds;
    guint i;

    for (i = 0; ctx->pending && i < ctx->pending->len; i++) {
        virPluginRegistration *reg = g_ptr_array_index(ctx->pending, i);

        kinds |= reg->kind;
        switch (reg->kind) {
        case VIR_PLUGIN_KIND_HYPERVISOR:
            break;
        case VIR_PLUGIN_KIND_STORAGE: {
            const virPluginStorageBackend *b = (const virPluginStorageBackend *)reg->table;

            if (!b->poolTypes || virPluginCheckServes(plugin, reg->kind, b->poolTypes) < 0)
                goto missing;
            break;
        }
        case VIR_PLUGIN_KIND_NETWORK: {
            const virPluginNetworkBackend *b = (const virPluginNetworkBackend *)reg->table;

            if (!b->forwardModes || virPluginCheckServes(plugin, reg->kind, b->forwardModes) < 0)
                goto missing;
            break;
        }
        case VIR_PLUGIN_KIND_SECLABEL: {
            const virPluginSecurityModel *m = (const virPluginSecurityModel *)reg->table;
            const char *models[] = { m->model, NULL };

            if (!m->model || virPluginCheckServes(plugin, reg->kind, models) < 0)
                goto missing;
            break;
        }
        }
    }
    if ((kinds & wanted) != wanted) {
        g_autofree char *want = virPluginKindsFormat(wanted);
        g_autofree char *have = virPluginKindsFormat(kinds);

        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("its init function registered '%1$s' but it declares '%2$s'"),
                       *have ? have : _("nothing"), want);
        return -1;
    }

    for (i = 0; ctx->pending && i < ctx->pending->len; i++) {
        virPluginRegistration *reg = g_ptr_array_index(ctx->pending, i);

        switch (reg->kind) {
        case VIR_PLUGIN_KIND_HYPERVISOR:
            if (virPluginCommitConnectDriver(plugin, (const virPluginConnectDriver *)reg->table) < 0)
                return -1;
            break;
        case VIR_PLUGIN_KIND_STORAGE:
            virPluginAddBackend(&virPluginStorageBackends,
                                ((const virPluginStorageBackend *)reg->table)->poolTypes,
                                reg->table);
            break;
        case VIR_PLUGIN_KIND_NETWORK:
            virPluginAddBackend(&virPluginNetworkBackends,
                                ((const virPluginNetworkBackend *)reg->table)->forwardModes,
                                reg->table);
            break;
        case VIR_PLUGIN_KIND_SECLABEL: {
            const virPluginSecurityModel *m = (const virPluginSecurityModel *)reg->table;
            const char *models[] = { m->model, NULL };

            virPluginAddBackend(&virPluginSecurityModels, models, reg->table);
            break;
        }
        }
    }
    plugin->registeredKinds = kinds;
    virPluginContextClear(ctx);
    return 0;

 missing:
    if (!virErrorIsSet())
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("it registered a backend that lists nothing it serves"));
    return -1;
}

static const void *
virPluginFindBackend(GHashTable **table, virPluginKind kind, const char *what)
{
    virPlugin *plugin = virPluginRegistryProvider(kind, what);
    const void *backend = NULL;

    if (plugin && virPluginLoad(plugin) < 0)
        return NULL;
    g_mutex_lock(&virPluginBackendLock);
    if (*table)
        backend = g_hash_table_lookup(*table, what);
    g_mutex_unlock(&virPluginBackendLock);
    if (!backend) {
        g_autofree char *why = virPluginDescribeProvider(kind, what);

        virReportError(VIR_ERR_NO_SUPPORT, "%s", why);
    }
    return backend;
}

/**
 * virPluginGetStorageBackend:
 * @poolType: "dir", "fs", ...
 *
 * Returns the backend for @poolType, loading its plugin on first use, or
 * NULL with an error saying which plugin is missing or why it failed.
 */
const virPluginStorageBackend *
virPluginGetStorageBackend(const char *poolType)
{
    return virPluginFindBackend(&virPluginStorageBackends, VIR_PLUGIN_KIND_STORAGE, poolType);
}

/**
 * virPluginGetNetworkBackend:
 * @forwardMode: "nat", "route", ...
 *
 * As virPluginGetStorageBackend(), for network forward modes.
 */
const virPluginNetworkBackend *
virPluginGetNetworkBackend(const char *forwardMode)
{
    return virPluginFindBackend(&virPluginNetworkBackends, VIR_PLUGIN_KIND_NETWORK, forwardMode);
}

/**
 * virPluginGetSecurityModel:
 * @model: "dac", "selinux", "none"
 *
 * As virPluginGetStorageBackend(), for security label models.
 */
const virPluginSecurityModel *
virPluginGetSecurityModel(const char *model)
{
    return virPluginFindBackend(&virPluginSecurityModels, VIR_PLUGIN_KIND_SECLABEL, model);
}


/* ---- files and configuration --------------------------------------------------- */

static const void *
virPluginHostGetInterface(virPluginContext *ctx G_GNUC_UNUSED, uint32_t id,
                          uint16_t minVersion)
{
    switch (id) {
    case VIR_PLUGIN_INTERFACE_CONF:
        return virPluginConfGetTable(minVersion);
    case VIR_PLUGIN_INTERFACE_EVENTS:
        return virPluginEventsGetTable(minVersion);
    default:
        return NULL;
    }
}

static void
virPluginHostReportUnsupportedFlags(virPluginContext *ctx G_GNUC_UNUSED, int domain,
                                    unsigned int flags, const char *func)
{
    virReportInvalidArgFull(domain, func, "flags", _("unsupported flags (0x%1$x) in function %2$s"),
                            flags, func ? func : "");
}

static void
virPluginHostReportInvalidArg(virPluginContext *ctx G_GNUC_UNUSED, int domain,
                              const char *file G_GNUC_UNUSED, const char *func,
                              size_t line G_GNUC_UNUSED, const char *argname,
                              const char *fmt, ...)
{
    g_autofree char *message = NULL;
    int save_errno = errno;
    va_list ap;

    va_start(ap, fmt);
    message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    virRaiseErrorRaw(domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR, func, argname, NULL,
                     0, 0, message);
    errno = save_errno;
}

static void
virPluginHostDomainSetID(virDomainPtr domain, int id)
{
    if (virObjectIsClass(domain, &virDomainClass))
        domain->id = id < 0 ? -1 : id;
}

static const char *
virPluginHostGetPath(virPluginContext *ctx, virPluginPathKind kind)
{
    bool privileged = geteuid() == 0;
    const char *name;

    if (!ctx || kind > VIR_PLUGIN_PATH_PLUGIN)
        return NULL;
    if (ctx->paths[kind])
        return ctx->paths[kind];
    name = ctx->plugin->name;
    switch (kind) {
    case VIR_PLUGIN_PATH_CONFIG:
        ctx->paths[kind] = privileged ? g_build_filename(SYSCONFDIR, "libvirt", NULL)
                                      : g_build_filename(g_get_user_config_dir(), "libvirt", NULL);
        break;
    case VIR_PLUGIN_PATH_STATE:
        ctx->paths[kind] = privileged ? g_build_filename(LOCALSTATEDIR, "lib", "libvirt", name, NULL)
                                      : g_build_filename(g_get_user_data_dir(), "libvirt", name, NULL);
        break;
    case VIR_PLUGIN_PATH_RUNTIME:
        ctx->paths[kind] = privileged ? g_build_filename(RUNSTATEDIR, "libvirt", name, NULL)
                                      : g_build_filename(g_get_user_runtime_dir(), "libvirt", name, NULL);
        break;
    case VIR_PLUGIN_PATH_CACHE:
        ctx->paths[kind] = privileged ? g_build_filename(LOCALSTATEDIR, "cache", "libvirt", name, NULL)
                                      : g_build_filename(g_get_user_cache_dir(), "libvirt", name, NULL);
        break;
    case VIR_PLUGIN_PATH_PLUGIN:
        ctx->paths[kind] = ctx->plugin->manifest ? g_strdup(ctx->plugin->manifest->dir)
                                                 : g_path_get_dirname(ctx->plugin->manifestPath);
        break;
    }
    return ctx->paths[kind];
}

/* [Config] KEY first, then [Plugin] KEY; the manifest owns the strings. */
static const char *
virPluginHostGetManifestValue(virPluginContext *ctx, const char *key)
{
    static GMutex lock;
    static GHashTable *cache;       /* "path\nkey" -> value, kept for the process */
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&lock);
    g_autofree char *cacheKey = NULL;
    GKeyFile *kf;
    char *value;

    if (!ctx || !ctx->plugin->manifest || !key)
        return NULL;
    if (!(kf = virPluginManifestKeyFile(ctx->plugin->manifest))) {
        virResetLastError();
        return NULL;
    }
    if (!cache)
        cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    cacheKey = g_strdup_printf("%s\n%s", ctx->plugin->manifestPath, key);
    if ((value = g_hash_table_lookup(cache, cacheKey)))
        return value;
    if (!(value = g_key_file_get_string(kf, "Config", key, NULL)) &&
        !(value = g_key_file_get_string(kf, "Plugin", key, NULL)))
        return NULL;
    g_hash_table_insert(cache, g_steal_pointer(&cacheKey), value);
    return value;
}


/* ---- connections ------------------------------------------------------------------ */

/* Also valid inside connectClose, which runs as the last reference goes. */
static void
virPluginHostConnectSetPrivateData(virConnectPtr conn, void *data)
{
    if (virObjectHasClass(conn, &virConnectClass))
        conn->privateData = data;
}

static void *
virPluginHostConnectGetPrivateData(virConnectPtr conn)
{
    return virObjectHasClass(conn, &virConnectClass) ? conn->privateData : NULL;
}

static int
virPluginHostConnectGetURI(virConnectPtr conn, virPluginURI *uri)
{
    if (!virConnectIsValid(conn) || !uri || uri->hdr.structSize < sizeof(virPluginStructHeader)) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("connectGetURI needs a connection and a sized virPluginURI"));
        return -1;
    }
#define VIR_SET(member, value) \
    if (VIR_PLUGIN_HAS(virPluginURI, uri, member)) \
        uri->member = (value)
    VIR_SET(scheme, conn->uri->scheme);
    VIR_SET(server, conn->uri->server);
    VIR_SET(user, conn->uri->user);
    VIR_SET(port, conn->uri->port);
    VIR_SET(path, conn->uri->path);
    VIR_SET(query, conn->uri->query);
    VIR_SET(fragment, conn->uri->fragment);
#undef VIR_SET
    return 0;
}

static const char *
virPluginHostConnectGetURIParam(virConnectPtr conn, const char *name)
{
    if (!virConnectIsValid(conn) || !name)
        return NULL;
    return virURIGetParam(conn->uri, name);
}

static int
virPluginHostConnectIsReadOnly(virConnectPtr conn)
{
    if (!virConnectIsValid(conn))
        return -1;
    return virConnectIsReadOnly(conn) ? 1 : 0;
}

static virStorageVolPtr
virPluginHostNewStorageVol(virConnectPtr conn, const char *pool, const char *name,
                           const char *key)
{
    return virGetStorageVol(conn, pool, name, key, NULL, NULL);
}

static virStoragePoolPtr
virPluginHostNewStoragePool(virConnectPtr conn, const char *name, const unsigned char *uuid)
{
    return virGetStoragePool(conn, name, uuid, NULL, NULL);
}


/* ---- streams ---------------------------------------------------------------------- */

static int
virPluginHostStreamSetDriver(virStreamPtr st, const virPluginStreamDriver *driver,
                             void *data, virFreeCallback freeData)
{
    if (!virStreamIsValidHandle(st) || !driver ||
        driver->hdr.structSize < VIR_PLUGIN_MIN_SIZE(virPluginStreamDriver, name)) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("streamSetDriver needs a stream and a stream driver table"));
        return -1;
    }
    if (st->driver) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("the stream is already in use"));
        return -1;
    }
    st->driver = driver;
    st->privateData = data;
    st->privateDataFreeFunc = freeData;
    return 0;
}

static void *
virPluginHostStreamGetPrivateData(virStreamPtr st)
{
    return virStreamIsValidHandle(st) ? st->privateData : NULL;
}


const virPluginHost virPluginHostTable = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginHost),
    .coreVersion = PACKAGE_VERSION,
    .reportError = virPluginHostReportError,
    .reportSystemError = virPluginHostReportSystemError,
    .log = virPluginHostLog,
    .registerDriver = virPluginHostRegisterDriver,
    .getInterface = virPluginHostGetInterface,
    .getPath = virPluginHostGetPath,
    .getManifestValue = virPluginHostGetManifestValue,
    .connectSetPrivateData = virPluginHostConnectSetPrivateData,
    .connectGetPrivateData = virPluginHostConnectGetPrivateData,
    .connectGetURI = virPluginHostConnectGetURI,
    .connectGetURIParam = virPluginHostConnectGetURIParam,
    .connectIsReadOnly = virPluginHostConnectIsReadOnly,
    .newDomain = virGetDomain,
    .newNetwork = virGetNetwork,
    .newNetworkPort = virGetNetworkPort,
    .newInterface = virGetInterface,
    .newStoragePool = virPluginHostNewStoragePool,
    .newStorageVol = virPluginHostNewStorageVol,
    .newNodeDevice = virGetNodeDevice,
    .newSecret = virGetSecret,
    .newNWFilter = virGetNWFilter,
    .newNWFilterBinding = virGetNWFilterBinding,
    .newDomainSnapshot = virGetDomainSnapshot,
    .newDomainCheckpoint = virGetDomainCheckpoint,
    .streamSetDriver = virPluginHostStreamSetDriver,
    .streamGetPrivateData = virPluginHostStreamGetPrivateData,
    .reportUnsupportedFlags = virPluginHostReportUnsupportedFlags,
    .domainSetID = virPluginHostDomainSetID,
    .reportInvalidArg = virPluginHostReportInvalidArg,
};
