/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * hello.c: an example hypervisor plugin, built only against the installed SDK
 *
 * It serves hello:///, a pretend hypervisor with three fixed domains, and
 * shows what every hypervisor plugin does: one descriptor made with
 * VIR_PLUGIN_DEFINE(), a connection driver registered from init(), data kept
 * per connection through the host table, handles made with
 * host->newDomain(), and errors reported with virPluginReportError().
 * docs/plugin-guide.md explains each of these.
 *
 * Threading: the core may call any callback from any thread, for the same
 * connection at the same time.  Everything here is either constant or
 * private to one call, so no lock is needed; a real driver locks its state.
 */
#define _POSIX_C_SOURCE 200809L     /* gethostname(), strdup() under -std=c99 too */

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libvirt/libvirt-plugin.h>

/* The error domain of what this file reports.  No domain is reserved for
 * third-party drivers, so errors carry none, as a bare libvirt error does. */
#define VIR_FROM_THIS VIR_FROM_NONE

#define HELLO_VERSION "1.0.0"
#define HELLO_VERSION_NUMBER 1000000UL          /* major * 1000000 + minor * 1000 + micro */
#define HELLO_HOSTNAME_MAX 256

/* One pretend domain.  The table never changes, so any thread may read it. */
typedef struct {
    const char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    int id;                       /* -1 when shut off */
    int state;                    /* virDomainState */
    int reason;                   /* the virDomain<State>Reason of @state */
    unsigned long memoryKiB;
    unsigned short vcpus;
} helloDomain;

static const helloDomain helloDomains[] = {
    { "hello-web",
      { 0x6c, 0x1d, 0x2a, 0x10, 0x8e, 0x4b, 0x4f, 0x3a,
        0x9b, 0x51, 0x0c, 0x7e, 0x5d, 0x21, 0x00, 0x01 },
      1, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_BOOTED, 1048576, 2 },
    { "hello-db",
      { 0x6c, 0x1d, 0x2a, 0x10, 0x8e, 0x4b, 0x4f, 0x3a,
        0x9b, 0x51, 0x0c, 0x7e, 0x5d, 0x21, 0x00, 0x02 },
      2, VIR_DOMAIN_PAUSED, VIR_DOMAIN_PAUSED_USER, 2097152, 4 },
    { "hello-build",
      { 0x6c, 0x1d, 0x2a, 0x10, 0x8e, 0x4b, 0x4f, 0x3a,
        0x9b, 0x51, 0x0c, 0x7e, 0x5d, 0x21, 0x00, 0x03 },
      -1, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_SHUTDOWN, 524288, 1 },
};

#define HELLO_NDOMAINS (sizeof(helloDomains) / sizeof(helloDomains[0]))

/* What one connection keeps: set by connectOpen, freed by connectClose,
 * read-only in between. */
typedef struct {
    const helloDomain *domains;
    size_t ndomains;
} helloConn;

/* The core's services, saved by init(); valid for the life of the process. */
static const virPluginHost *helloHost;

/* The filters of virConnectListAllDomains() this driver answers. */
#define HELLO_LIST_FLAGS \
    (VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE | \
     VIR_CONNECT_LIST_DOMAINS_PERSISTENT | VIR_CONNECT_LIST_DOMAINS_TRANSIENT | \
     VIR_CONNECT_LIST_DOMAINS_RUNNING | VIR_CONNECT_LIST_DOMAINS_PAUSED | \
     VIR_CONNECT_LIST_DOMAINS_SHUTOFF | VIR_CONNECT_LIST_DOMAINS_OTHER)

#define HELLO_XML_FLAGS \
    (VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE | \
     VIR_DOMAIN_XML_UPDATE_CPU | VIR_DOMAIN_XML_MIGRATABLE)


/* ---- helpers -------------------------------------------------------------- */

/* Reports flags outside @supported, worded as libvirt's drivers do. */
static int
helloCheckFlags(unsigned int flags, unsigned int supported, const char *func)
{
    if (flags & ~supported) {
        virPluginReportError(VIR_ERR_INVALID_ARG, "unsupported flags (0x%x) in function %s",
                             flags & ~supported, func);
        return -1;
    }
    return 0;
}

static void
helloUUIDFormat(const unsigned char *uuid, char *buf)
{
    snprintf(buf, VIR_UUID_STRING_BUFLEN,
             "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             uuid[0], uuid[1], uuid[2], uuid[3], uuid[4], uuid[5], uuid[6], uuid[7],
             uuid[8], uuid[9], uuid[10], uuid[11], uuid[12], uuid[13], uuid[14], uuid[15]);
}

/* A string the caller frees with free(), as the public API's callers do. */
static char *
helloFormat(const char *fmt, ...)
{
    va_list ap;
    char *ret;
    int len;

    va_start(ap, fmt);
    len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (len < 0 || !(ret = malloc((size_t)len + 1))) {
        virPluginReportError(VIR_ERR_NO_MEMORY, NULL);
        return NULL;
    }
    va_start(ap, fmt);
    vsnprintf(ret, (size_t)len + 1, fmt, ap);
    va_end(ap);
    return ret;
}

static helloConn *
helloConnGet(virConnectPtr conn)
{
    /* the core calls this driver only for connections its connectOpen
     * accepted, so the private data is always ours */
    return helloHost->connectGetPrivateData(conn);
}

static const helloDomain *
helloFindByName(const helloConn *priv, const char *name)
{
    size_t i;

    for (i = 0; i < priv->ndomains; i++) {
        if (strcmp(priv->domains[i].name, name) == 0)
            return &priv->domains[i];
    }
    return NULL;
}

static const helloDomain *
helloFindByUUID(const helloConn *priv, const unsigned char *uuid)
{
    size_t i;

    for (i = 0; i < priv->ndomains; i++) {
        if (memcmp(priv->domains[i].uuid, uuid, VIR_UUID_BUFLEN) == 0)
            return &priv->domains[i];
    }
    return NULL;
}

/*
 * The domain a handle names.  Handles are opaque to plugins: their name and
 * UUID are read with the public getters.  Those reset the thread's last
 * error, as every public entry point does, so read them before reporting.
 */
static const helloDomain *
helloDomainFromHandle(virDomainPtr dom)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    const helloDomain *def;

    if (virDomainGetUUID(dom, uuid) < 0)
        return NULL;
    if (!(def = helloFindByUUID(helloConnGet(virDomainGetConnect(dom)), uuid))) {
        helloUUIDFormat(uuid, uuidstr);
        virPluginReportError(VIR_ERR_NO_DOMAIN, "no domain with matching uuid '%s' (%s)",
                             uuidstr, virDomainGetName(dom));
    }
    return def;
}

static virDomainPtr
helloNewDomain(virConnectPtr conn, const helloDomain *def)
{
    /* one new reference, which the application drops with virDomainFree() */
    return helloHost->newDomain(conn, def->name, def->uuid, def->id);
}

static int
helloDomainMatches(const helloDomain *def, unsigned int flags)
{
    unsigned int activity = flags & (VIR_CONNECT_LIST_DOMAINS_ACTIVE |
                                     VIR_CONNECT_LIST_DOMAINS_INACTIVE);
    unsigned int persistence = flags & (VIR_CONNECT_LIST_DOMAINS_PERSISTENT |
                                        VIR_CONNECT_LIST_DOMAINS_TRANSIENT);
    unsigned int states = flags & (VIR_CONNECT_LIST_DOMAINS_RUNNING |
                                   VIR_CONNECT_LIST_DOMAINS_PAUSED |
                                   VIR_CONNECT_LIST_DOMAINS_SHUTOFF |
                                   VIR_CONNECT_LIST_DOMAINS_OTHER);
    unsigned int state;

    /* within a group the bits are alternatives; an empty group filters nothing */
    if (activity && !(activity & (def->id >= 0 ? VIR_CONNECT_LIST_DOMAINS_ACTIVE
                                               : VIR_CONNECT_LIST_DOMAINS_INACTIVE)))
        return 0;
    if (persistence && !(persistence & VIR_CONNECT_LIST_DOMAINS_PERSISTENT))
        return 0;                 /* every hello domain is persistent */
    switch (def->state) {
    case VIR_DOMAIN_RUNNING:
        state = VIR_CONNECT_LIST_DOMAINS_RUNNING;
        break;
    case VIR_DOMAIN_PAUSED:
        state = VIR_CONNECT_LIST_DOMAINS_PAUSED;
        break;
    case VIR_DOMAIN_SHUTOFF:
        state = VIR_CONNECT_LIST_DOMAINS_SHUTOFF;
        break;
    default:
        state = VIR_CONNECT_LIST_DOMAINS_OTHER;
        break;
    }
    return !states || (states & state);
}


/* ---- connections ------------------------------------------------------------ */

static int
helloConnectOpen(virConnectPtr conn, virConnectAuthPtr auth, unsigned int flags)
{
    virPluginURI uri = { .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginURI) };
    helloConn *priv;

    (void)auth;                   /* nothing to authenticate */
    (void)flags;                  /* VIR_CONNECT_RO: every call here reads only */

    if (helloHost->connectGetURI(conn, &uri) < 0)
        return VIR_DRV_OPEN_ERROR;
    if (!uri.scheme || strcmp(uri.scheme, "hello") != 0)
        return VIR_DRV_OPEN_DECLINED;
    if (uri.server) {
        virPluginReportError(VIR_ERR_INVALID_ARG,
                             "the hello driver serves only this host, not '%s': use hello:///",
                             uri.server);
        return VIR_DRV_OPEN_ERROR;
    }
    if (uri.path && *uri.path && strcmp(uri.path, "/") != 0) {
        virPluginReportError(VIR_ERR_INVALID_ARG,
                             "unexpected hello URI path '%s', try hello:///", uri.path);
        return VIR_DRV_OPEN_ERROR;
    }

    if (!(priv = calloc(1, sizeof(*priv)))) {
        virPluginReportError(VIR_ERR_NO_MEMORY, NULL);
        return VIR_DRV_OPEN_ERROR;
    }
    priv->domains = helloDomains;
    priv->ndomains = HELLO_NDOMAINS;
    helloHost->connectSetPrivateData(conn, priv);
    return VIR_DRV_OPEN_SUCCESS;
}

static int
helloConnectClose(virConnectPtr conn)
{
    free(helloConnGet(conn));
    helloHost->connectSetPrivateData(conn, NULL);
    return 0;
}

static const char *
helloConnectGetType(virConnectPtr conn)
{
    (void)conn;
    return "HELLO";               /* static: callers do not free it */
}

static int
helloConnectGetVersion(virConnectPtr conn, unsigned long *hvVer)
{
    (void)conn;
    *hvVer = HELLO_VERSION_NUMBER;
    return 0;
}

static char *
helloConnectGetHostname(virConnectPtr conn)
{
    char name[HELLO_HOSTNAME_MAX + 1];
    char *ret;

    (void)conn;
    if (gethostname(name, HELLO_HOSTNAME_MAX) < 0) {
        virPluginReportSystemError(errno, "%s", "failed to determine host name");
        return NULL;
    }
    name[HELLO_HOSTNAME_MAX] = '\0';
    if (!(ret = strdup(name)))
        virPluginReportError(VIR_ERR_NO_MEMORY, NULL);
    return ret;
}

static int
helloConnectNumOfDomains(virConnectPtr conn)
{
    const helloConn *priv = helloConnGet(conn);
    size_t i;
    int n = 0;

    for (i = 0; i < priv->ndomains; i++) {
        if (priv->domains[i].id >= 0)
            n++;
    }
    return n;
}

static int
helloConnectListAllDomains(virConnectPtr conn, virDomainPtr **domains, unsigned int flags)
{
    const helloConn *priv = helloConnGet(conn);
    virDomainPtr *list;
    size_t i;
    int n = 0;

    if (helloCheckFlags(flags, HELLO_LIST_FLAGS, __func__) < 0)
        return -1;
    if (!domains) {               /* the caller only counts */
        for (i = 0; i < priv->ndomains; i++)
            n += helloDomainMatches(&priv->domains[i], flags);
        return n;
    }

    /* NULL-terminated, as libvirt returns it; the caller frees it with free() */
    if (!(list = calloc(priv->ndomains + 1, sizeof(*list)))) {
        virPluginReportError(VIR_ERR_NO_MEMORY, NULL);
        return -1;
    }
    for (i = 0; i < priv->ndomains; i++) {
        if (!helloDomainMatches(&priv->domains[i], flags))
            continue;
        if (!(list[n] = helloNewDomain(conn, &priv->domains[i]))) {
            while (n > 0)
                virDomainFree(list[--n]);
            free(list);
            return -1;            /* newDomain reported the error */
        }
        n++;
    }
    *domains = list;
    return n;
}


/* ---- domains ------------------------------------------------------------------ */

static virDomainPtr
helloDomainLookupByName(virConnectPtr conn, const char *name)
{
    const helloDomain *def = helloFindByName(helloConnGet(conn), name);

    if (!def) {
        virPluginReportError(VIR_ERR_NO_DOMAIN, "no domain with matching name '%s'", name);
        return NULL;
    }
    return helloNewDomain(conn, def);
}

static virDomainPtr
helloDomainLookupByUUID(virConnectPtr conn, const unsigned char *uuid)
{
    const helloDomain *def = helloFindByUUID(helloConnGet(conn), uuid);
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    if (!def) {
        helloUUIDFormat(uuid, uuidstr);
        virPluginReportError(VIR_ERR_NO_DOMAIN, "no domain with matching uuid '%s'", uuidstr);
        return NULL;
    }
    return helloNewDomain(conn, def);
}

static char *
helloDomainGetXMLDesc(virDomainPtr dom, unsigned int flags)
{
    const helloDomain *def;
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    char idattr[32] = "";

    if (helloCheckFlags(flags, HELLO_XML_FLAGS, __func__) < 0 ||
        !(def = helloDomainFromHandle(dom)))
        return NULL;
    helloUUIDFormat(def->uuid, uuidstr);
    if (def->id >= 0 && !(flags & VIR_DOMAIN_XML_INACTIVE))
        snprintf(idattr, sizeof(idattr), " id='%d'", def->id);

    /* the names are fixed and need no escaping; a driver formatting names
     * that users choose must escape them for XML */
    return helloFormat("<domain type='hello'%s>\n"
                       "  <name>%s</name>\n"
                       "  <uuid>%s</uuid>\n"
                       "  <memory unit='KiB'>%lu</memory>\n"
                       "  <currentMemory unit='KiB'>%lu</currentMemory>\n"
                       "  <vcpu placement='static'>%u</vcpu>\n"
                       "  <os>\n"
                       "    <type arch='x86_64'>hvm</type>\n"
                       "  </os>\n"
                       "</domain>\n",
                       idattr, def->name, uuidstr, def->memoryKiB, def->memoryKiB,
                       (unsigned int)def->vcpus);
}

static int
helloDomainGetInfo(virDomainPtr dom, virDomainInfoPtr info)
{
    const helloDomain *def = helloDomainFromHandle(dom);

    if (!def)
        return -1;
    memset(info, 0, sizeof(*info));
    info->state = (unsigned char)def->state;
    info->maxMem = def->memoryKiB;
    info->memory = def->memoryKiB;
    info->nrVirtCpu = def->vcpus;
    /* a pretend, constant CPU time for domains that run */
    info->cpuTime = def->id >= 0 ? 1000000000ULL * (unsigned long long)def->id : 0;
    return 0;
}

static int
helloDomainGetState(virDomainPtr dom, int *state, int *reason, unsigned int flags)
{
    const helloDomain *def;

    if (helloCheckFlags(flags, 0, __func__) < 0 || !(def = helloDomainFromHandle(dom)))
        return -1;
    *state = def->state;
    if (reason)                   /* optional in the public API */
        *reason = def->reason;
    return 0;
}

static int
helloDomainIsActive(virDomainPtr dom)
{
    const helloDomain *def = helloDomainFromHandle(dom);

    if (!def)
        return -1;
    return def->id >= 0;
}


/* ---- registration ------------------------------------------------------------- */

/* Slots are named after the public function they serve; the ones left out
 * (NULL) make the core report VIR_ERR_NO_SUPPORT naming that function. */
static const virPluginHypervisorDriver helloHypervisorDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginHypervisorDriver),
    .name = "hello",
    .connectOpen = helloConnectOpen,                       /* 1.0 */
    .connectClose = helloConnectClose,                     /* 1.0 */
    .connectGetType = helloConnectGetType,                 /* 1.0 */
    .connectGetVersion = helloConnectGetVersion,           /* 1.0 */
    .connectGetHostname = helloConnectGetHostname,         /* 1.0 */
    .connectNumOfDomains = helloConnectNumOfDomains,       /* 1.0 */
    .connectListAllDomains = helloConnectListAllDomains,   /* 1.0 */
    .domainLookupByName = helloDomainLookupByName,         /* 1.0 */
    .domainLookupByUUID = helloDomainLookupByUUID,         /* 1.0 */
    .domainGetXMLDesc = helloDomainGetXMLDesc,             /* 1.0 */
    .domainGetInfo = helloDomainGetInfo,                   /* 1.0 */
    .domainGetState = helloDomainGetState,                 /* 1.0 */
    .domainIsActive = helloDomainIsActive,                 /* 1.0 */
};

static const char *const helloSchemes[] = { "hello", NULL };

static const virPluginConnectDriver helloConnectDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginConnectDriver),
    .name = "hello",
    .uriSchemes = helloSchemes,                            /* must match UriSchemes= */
    .hypervisor = &helloHypervisorDriver,                  /* 1.0 */
};

static int
helloInit(virPluginContext *ctx, const virPluginHost *host)
{
    helloHost = host;
    return host->registerDriver(ctx, VIR_PLUGIN_KIND_HYPERVISOR, &helloConnectDriver.hdr);
}

VIR_PLUGIN_DEFINE(helloInit,
                  .name = "hello",                        /* must match Name= */
                  .version = HELLO_VERSION,
                  .license = "LGPL-2.1-or-later",
                  .vendor = "vireo examples",
                  .origin = "examples/plugin-hello",
                  .kinds = VIR_PLUGIN_KIND_HYPERVISOR,
                  .description = "Example hypervisor serving hello:/// with three pretend domains");
