/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-plugin.h: the plugin SDK -- the one header a plugin includes
 *
 * A plugin is a shared object that exports exactly one symbol,
 * virPluginQuery_v1(), returning a descriptor: the ABI it was built
 * against, the oldest core it runs on, its identity, and an init function.
 * init() receives the core's services in a virPluginHost table and
 * registers one table per kind it provides (hypervisor connection driver,
 * storage backend, network backend, security label model).
 *
 * Rules of the ABI (see docs/plugin-guide.md):
 *   - every struct crossing the boundary starts with a virPluginStructHeader
 *     and only grows at the end; a reader never touches a member past the
 *     writer's structSize (VIR_PLUGIN_HAS);
 *   - appending members bumps VIR_PLUGIN_ABI_MINOR, anything else bumps
 *     VIR_PLUGIN_ABI_MAJOR;
 *   - a plugin links no private symbol of the core: it uses this table and
 *     the public libvirt API only.
 */

#ifndef LIBVIRT_PLUGIN_H
#define LIBVIRT_PLUGIN_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The plugin ABI version of these headers.  The core loads a plugin whose
 * major equals its own and whose minCoreMinor is not above its minor. */
#define VIR_PLUGIN_ABI_MAJOR 1
#define VIR_PLUGIN_ABI_MINOR 2

/* The name of the one symbol a plugin exports. */
#define VIR_PLUGIN_QUERY_SYMBOL "virPluginQuery_v1"

/* First member of every struct that crosses the plugin boundary. */
typedef struct {
    uint32_t structSize;      /* sizeof() the struct as its writer compiled it */
    uint16_t abiMajor;        /* the writer's VIR_PLUGIN_ABI_MAJOR */
    uint16_t abiMinor;        /* the writer's VIR_PLUGIN_ABI_MINOR */
} virPluginStructHeader;

/* Initializer of the header of a struct of @type compiled against these headers. */
#define VIR_PLUGIN_STRUCT_HEADER(type) \
    { sizeof(type), VIR_PLUGIN_ABI_MAJOR, VIR_PLUGIN_ABI_MINOR }

/* True if the struct at @ptr, of @type as its writer compiled it, has @member. */
#define VIR_PLUGIN_HAS(type, ptr, member) \
    (offsetof(type, member) + sizeof(((type *)0)->member) <= (ptr)->hdr.structSize)

/* What a plugin provides; a plugin may provide several kinds. */
typedef enum {
    VIR_PLUGIN_KIND_HYPERVISOR = 1 << 0,   /* serves URI schemes (a connection driver) */
    VIR_PLUGIN_KIND_STORAGE = 1 << 1,      /* backend for storage pool types */
    VIR_PLUGIN_KIND_NETWORK = 1 << 2,      /* backend for virtual network forward modes */
    VIR_PLUGIN_KIND_SECLABEL = 1 << 3,     /* security label model */
} virPluginKind;

/* virPluginDescriptor.flags */
typedef enum {
    VIR_PLUGIN_UNLOADABLE = 1 << 0,        /* may be unloaded (reserved; the core keeps
                                            * every plugin resident today) */
} virPluginFlags;

/* Status a hypervisor driver's connectOpen() returns. */
typedef enum {
    VIR_DRV_OPEN_SUCCESS = 0,              /* the driver serves this connection */
    VIR_DRV_OPEN_DECLINED = -1,            /* not this driver's URI: try the next one */
    VIR_DRV_OPEN_ERROR = -2,               /* this driver's URI, but opening failed
                                            * (an error is reported) */
} virDrvOpenStatus;

/* One per loaded plugin; opaque.  Passed back to the host's services. */
typedef struct _virPluginContext virPluginContext;
typedef struct _virPluginHost virPluginHost;
typedef struct _virPluginDescriptor virPluginDescriptor;

#include <libvirt/libvirt-plugin-drivers.h>

/*
 * virPluginConnectDriver: what a VIR_PLUGIN_KIND_HYPERVISOR plugin registers.
 *
 * The hypervisor table is required; the others are used for the public
 * network, storage, interface, node device, network filter and secret calls
 * made on this driver's connections (NULL: those calls are not supported).
 * The tables and the strings must live as long as the process.
 */
typedef struct _virPluginConnectDriver virPluginConnectDriver;
struct _virPluginConnectDriver {
    virPluginStructHeader hdr;
    const char *name;                              /* "test"; also virConnectGetType()'s
                                                    * answer if the driver has no
                                                    * connectGetType */
    const char *const *uriSchemes;                 /* NULL-terminated, e.g. { "test", NULL } */
    uint32_t flags;                                /* virPluginConnectDriverFlags */
    const virPluginHypervisorDriver *hypervisor;   /* 1.0 */
    const virPluginNetworkDriver *network;         /* 1.0 */
    const virPluginStorageDriver *storage;         /* 1.0 */
    const virPluginInterfaceDriver *interface;     /* 1.0 */
    const virPluginNodeDeviceDriver *nodeDevice;   /* 1.0 */
    const virPluginNWFilterDriver *nwfilter;       /* 1.0 */
    const virPluginSecretDriver *secret;           /* 1.0 */
};

typedef enum {
    VIR_PLUGIN_CONNECT_LOCAL_ONLY = 1 << 0,        /* refuse URIs that name a host */
} virPluginConnectDriverFlags;

/*
 * virPluginStorageBackend: what a VIR_PLUGIN_KIND_STORAGE plugin registers,
 * once per set of pool types it handles.  Pools and volumes are handed over
 * as their XML documents (as virStoragePoolGetXMLDesc() and
 * virStorageVolGetXMLDesc() format them); results that describe new state
 * come back as XML the backend allocates with malloc() and the core frees.
 * Every callback returns 0 on success, -1 with an error reported.
 */
typedef struct _virPluginStorageBackend virPluginStorageBackend;
struct _virPluginStorageBackend {
    virPluginStructHeader hdr;
    const char *const *poolTypes;                  /* NULL-terminated: "dir", "fs", ... */
    int (*poolCheck)(virPluginContext *ctx, const char *poolXML, int *isActive);   /* 1.0 */
    int (*poolBuild)(virPluginContext *ctx, const char *poolXML, unsigned int flags);  /* 1.0 */
    int (*poolStart)(virPluginContext *ctx, const char *poolXML);                  /* 1.0 */
    int (*poolStop)(virPluginContext *ctx, const char *poolXML);                   /* 1.0 */
    int (*poolDelete)(virPluginContext *ctx, const char *poolXML, unsigned int flags); /* 1.0 */
    /* fills @statusXML with the pool (sizes) and its <volume> list */
    int (*poolRefresh)(virPluginContext *ctx, const char *poolXML, char **statusXML); /* 1.0 */
    int (*volCreate)(virPluginContext *ctx, const char *poolXML, const char *volXML,
                     char **statusXML, unsigned int flags);                         /* 1.0 */
    int (*volDelete)(virPluginContext *ctx, const char *poolXML, const char *volXML,
                     unsigned int flags);                                           /* 1.0 */
    int (*volResize)(virPluginContext *ctx, const char *poolXML, const char *volXML,
                     unsigned long long capacity, unsigned int flags);              /* 1.0 */
    int (*volWipe)(virPluginContext *ctx, const char *poolXML, const char *volXML,
                   unsigned int algorithm, unsigned int flags);                     /* 1.0 */
};

/*
 * virPluginNetworkBackend: what a VIR_PLUGIN_KIND_NETWORK plugin registers:
 * the host side of virtual networks of the forward modes it lists.
 * Networks are handed over as their XML; callbacks return 0 or -1 with an
 * error reported.
 */
typedef struct _virPluginNetworkBackend virPluginNetworkBackend;
struct _virPluginNetworkBackend {
    virPluginStructHeader hdr;
    const char *const *forwardModes;               /* NULL-terminated: "nat", "route", ... */
    int (*networkStart)(virPluginContext *ctx, const char *netXML, char **statusXML); /* 1.0 */
    int (*networkStop)(virPluginContext *ctx, const char *netXML);                  /* 1.0 */
    int (*networkUpdate)(virPluginContext *ctx, const char *netXML, unsigned int command,
                         unsigned int section, int parentIndex, const char *xml,
                         unsigned int flags);                                       /* 1.0 */
    int (*portCreate)(virPluginContext *ctx, const char *netXML, const char *portXML,
                      char **statusXML);                                            /* 1.0 */
    int (*portDelete)(virPluginContext *ctx, const char *netXML, const char *portXML); /* 1.0 */
};

/* virPluginSecurityModel.probe() answers */
typedef enum {
    VIR_PLUGIN_SECLABEL_PROBE_ENABLE = 0,          /* usable on this host */
    VIR_PLUGIN_SECLABEL_PROBE_DISABLE = 1,         /* not usable (not an error) */
    VIR_PLUGIN_SECLABEL_PROBE_ERROR = -1,          /* could not tell; error reported */
} virPluginSecLabelProbe;

/*
 * virPluginSecurityModel: what a VIR_PLUGIN_KIND_SECLABEL plugin registers,
 * one per model.  Domains are handed over as their XML; labels come back as
 * <seclabel> XML allocated with malloc().  Callbacks return 0 or -1 with an
 * error reported.
 */
typedef struct _virPluginSecurityModel virPluginSecurityModel;
struct _virPluginSecurityModel {
    virPluginStructHeader hdr;
    const char *model;                             /* "dac", "selinux", "none" */
    const char *doi;                               /* domain of interpretation, or "" */
    int (*probe)(virPluginContext *ctx, const char *virtDriver);                    /* 1.0 */
    int (*genLabel)(virPluginContext *ctx, const char *domainXML, char **seclabelXML); /* 1.0 */
    int (*reserveLabel)(virPluginContext *ctx, const char *domainXML, pid_t pid);  /* 1.0 */
    int (*releaseLabel)(virPluginContext *ctx, const char *domainXML);             /* 1.0 */
    int (*setAllLabel)(virPluginContext *ctx, const char *domainXML,
                       const char *incomingPath);                                   /* 1.0 */
    int (*restoreAllLabel)(virPluginContext *ctx, const char *domainXML);          /* 1.0 */
    int (*setImageLabel)(virPluginContext *ctx, const char *domainXML, const char *path); /* 1.0 */
    int (*restoreImageLabel)(virPluginContext *ctx, const char *domainXML,
                             const char *path);                                     /* 1.0 */
    int (*getProcessLabel)(virPluginContext *ctx, const char *domainXML, pid_t pid,
                           virSecurityLabelPtr label);                              /* 1.0 */
};

/* The parts of a connection's URI, borrowed from the connection. */
typedef struct _virPluginURI virPluginURI;
struct _virPluginURI {
    virPluginStructHeader hdr;
    const char *scheme;           /* "test", "qemu+ssh" */
    const char *server;           /* NULL when the URI names no host */
    const char *user;             /* NULL when absent */
    int port;                     /* 0 when absent */
    const char *path;             /* "/default" */
    const char *query;            /* raw query string, NULL when absent */
    const char *fragment;         /* NULL when absent */
};

/* Directories a plugin may keep files in (virPluginHost.getPath). */
typedef enum {
    VIR_PLUGIN_PATH_CONFIG = 0,   /* configuration: $sysconfdir/libvirt or ~/.config/libvirt */
    VIR_PLUGIN_PATH_STATE = 1,    /* persistent state: $localstatedir/lib/libvirt/<plugin> */
    VIR_PLUGIN_PATH_RUNTIME = 2,  /* runtime state: $runstatedir/libvirt/<plugin> */
    VIR_PLUGIN_PATH_CACHE = 3,    /* caches: $localstatedir/cache/libvirt/<plugin> */
    VIR_PLUGIN_PATH_PLUGIN = 4,   /* the folder holding the plugin's manifest */
} virPluginPathKind;

/* Priorities of virPluginHost.log, as in libvirt's logging. */
typedef enum {
    VIR_PLUGIN_LOG_DEBUG = 1,
    VIR_PLUGIN_LOG_INFO = 2,
    VIR_PLUGIN_LOG_WARN = 3,
    VIR_PLUGIN_LOG_ERROR = 4,
} virPluginLogPriority;

/*
 * virPluginHost: the core's services, handed to init().  Valid for the life
 * of the process.  Check VIR_PLUGIN_HAS(virPluginHost, host, member) before
 * using a member added after the minor your plugin declares as minimum.
 */
struct _virPluginHost {
    virPluginStructHeader hdr;    /* the core's ABI version */
    const char *coreVersion;      /* the core's package version, e.g. "0.1.0" */

    /* diagnostics: errors become the caller's virError, with the plugin's
     * error domain and code; logs go to the core's log */
    void (*reportError)(virPluginContext *ctx, int domain, int code,
                        const char *file, const char *func, size_t line,
                        const char *fmt, ...)
        __attribute__((format(printf, 7, 8)));                                      /* 1.0 */
    void (*reportSystemError)(virPluginContext *ctx, int domain, int errnum,
                              const char *file, const char *func, size_t line,
                              const char *fmt, ...)
        __attribute__((format(printf, 7, 8)));                                      /* 1.0 */
    void (*log)(virPluginContext *ctx, int priority, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));                                      /* 1.0 */

    /* registration: one table per kind, from init() */
    int (*registerDriver)(virPluginContext *ctx, virPluginKind kind,
                          const virPluginStructHeader *table);                      /* 1.0 */
    /* optional subsystems by identifier; NULL when the core has none */
    const void *(*getInterface)(virPluginContext *ctx, uint32_t id, uint16_t minVersion); /* 1.0 */

    /* files and configuration */
    const char *(*getPath)(virPluginContext *ctx, virPluginPathKind kind);         /* 1.0 */
    const char *(*getManifestValue)(virPluginContext *ctx, const char *key);       /* 1.0 */

    /* connections */
    void (*connectSetPrivateData)(virConnectPtr conn, void *data);                 /* 1.0 */
    void *(*connectGetPrivateData)(virConnectPtr conn);                            /* 1.0 */
    int (*connectGetURI)(virConnectPtr conn, virPluginURI *uri);                   /* 1.0 */
    const char *(*connectGetURIParam)(virConnectPtr conn, const char *name);       /* 1.0 */
    int (*connectIsReadOnly)(virConnectPtr conn);                                  /* 1.0 */

    /* new handles for applications (one new reference each; NULL + error) */
    virDomainPtr (*newDomain)(virConnectPtr conn, const char *name,
                              const unsigned char *uuid, int id);                   /* 1.0 */
    virNetworkPtr (*newNetwork)(virConnectPtr conn, const char *name,
                                const unsigned char *uuid);                         /* 1.0 */
    virNetworkPortPtr (*newNetworkPort)(virNetworkPtr net, const unsigned char *uuid); /* 1.0 */
    virInterfacePtr (*newInterface)(virConnectPtr conn, const char *name, const char *mac); /* 1.0 */
    virStoragePoolPtr (*newStoragePool)(virConnectPtr conn, const char *name,
                                        const unsigned char *uuid);                 /* 1.0 */
    virStorageVolPtr (*newStorageVol)(virConnectPtr conn, const char *pool,
                                      const char *name, const char *key);           /* 1.0 */
    virNodeDevicePtr (*newNodeDevice)(virConnectPtr conn, const char *name);       /* 1.0 */
    virSecretPtr (*newSecret)(virConnectPtr conn, const unsigned char *uuid,
                              int usageType, const char *usageID);                  /* 1.0 */
    virNWFilterPtr (*newNWFilter)(virConnectPtr conn, const char *name,
                                  const unsigned char *uuid);                       /* 1.0 */
    virNWFilterBindingPtr (*newNWFilterBinding)(virConnectPtr conn, const char *portdev,
                                                const char *filtername);            /* 1.0 */
    virDomainSnapshotPtr (*newDomainSnapshot)(virDomainPtr domain, const char *name); /* 1.0 */
    virDomainCheckpointPtr (*newDomainCheckpoint)(virDomainPtr domain,
                                                  const char *name);                /* 1.0 */

    /* streams: a driver that accepts a stream attaches its callbacks */
    int (*streamSetDriver)(virStreamPtr st, const virPluginStreamDriver *driver,
                           void *data, virFreeCallback freeData);                   /* 1.0 */
    void *(*streamGetPrivateData)(virStreamPtr st);                                /* 1.0 */

    /* libvirt's "unsupported flags (0x%x) in function %s" (VIR_ERR_INVALID_ARG,
     * worded without the code's template), for a callback's flags check */
    void (*reportUnsupportedFlags)(virPluginContext *ctx, int domain, unsigned int flags,
                                   const char *func);                               /* 1.1 */
    /* the id an application's handle shows (virDomainGetID), after a driver
     * started (a new id) or stopped (-1) the domain behind it */
    void (*domainSetID)(virDomainPtr domain, int id);                               /* 1.1 */
    /* VIR_ERR_INVALID_ARG with the message exactly as formatted, without the
     * code's "invalid argument: " template, as libvirt's own argument checks
     * word it ("Flags 'A' and 'B' are mutually exclusive"); the error's str1
     * is @func and its str2 @argname (NULL for none) */
    void (*reportInvalidArg)(virPluginContext *ctx, int domain,
                             const char *file, const char *func, size_t line,
                             const char *argname, const char *fmt, ...)
        __attribute__((format(printf, 7, 8)));                                      /* 1.2 */
    /* new members only below this line, with a minor bump */
};

/*
 * virPluginDescriptor: what virPluginQuery_v1() returns; static and const.
 * Fill it with VIR_PLUGIN_DEFINE() rather than by hand.
 */
struct _virPluginDescriptor {
    virPluginStructHeader hdr;    /* the ABI the plugin was built against */
    uint16_t minCoreMinor;        /* oldest core ABI minor it runs on */
    uint32_t kinds;               /* virPluginKind bits */
    uint32_t flags;               /* virPluginFlags */
    const char *name;             /* required: "test" */
    const char *version;          /* required: the plugin's own version */
    const char *license;          /* required: SPDX expression */
    const char *vendor;
    const char *origin;           /* where it comes from: a URL, a package name */
    const char *releaseDate;
    const char *description;
    /* 0 on success; -1 with an error reported through host->reportError() */
    int (*init)(virPluginContext *ctx, const virPluginHost *host);
    void (*shutdown)(virPluginContext *ctx);
    /* new members only below this line, with a minor bump */
};

#if defined(__GNUC__)
# define VIR_PLUGIN_EXPORT __attribute__((visibility("default")))
# define VIR_PLUGIN_HIDDEN __attribute__((visibility("hidden")))
#else
# define VIR_PLUGIN_EXPORT
# define VIR_PLUGIN_HIDDEN
#endif

/* The one exported symbol.  Returns NULL to refuse to run on this core. */
typedef const virPluginDescriptor *(*virPluginQueryFunc)(uint16_t coreMajor, uint16_t coreMinor);

/* Saved by VIR_PLUGIN_DEFINE's init wrapper, for the helpers below.  With
 * VIR_PLUGIN_MODULE defined they get the module's name, so that several
 * plugins can be linked into one static program. */
#define VIR_PLUGIN_CONCAT_(a, b) a ## b
#define VIR_PLUGIN_CONCAT(a, b) VIR_PLUGIN_CONCAT_(a, b)
#ifdef VIR_PLUGIN_MODULE
# define virPluginHostInstance VIR_PLUGIN_CONCAT(VIR_PLUGIN_MODULE, _virPluginHostInstance)
# define virPluginContextInstance VIR_PLUGIN_CONCAT(VIR_PLUGIN_MODULE, _virPluginContextInstance)
#endif
extern VIR_PLUGIN_HIDDEN const virPluginHost *virPluginHostInstance;
extern VIR_PLUGIN_HIDDEN virPluginContext *virPluginContextInstance;

/*
 * VIR_PLUGIN_DEFINE:
 * @initfn: int initfn(virPluginContext *ctx, const virPluginHost *host)
 * @...: designated initializers of the descriptor: .name, .version,
 *       .license (required), .kinds, .vendor, .origin, .releaseDate,
 *       .description, .shutdown, .flags
 *
 * Defines the descriptor and exports virPluginQuery_v1().  Use it once per
 * plugin, in one source file (C; not C++).  The header fields come from
 * the headers the plugin is compiled against, minCoreMinor from
 * VIR_PLUGIN_MIN_CORE_MINOR; the init wrapper saves
 * the host table for virPluginReportError() and friends before calling
 * @initfn.
 */
/*
 * VIR_PLUGIN_QUERY_FUNC: the name the entry function gets.  Shared objects
 * export virPluginQuery_v1 (libtool compiles them with -DPIC).  For static
 * linking with libtool's -dlpreopen, several plugins end up in one program,
 * so each static object names it <module>_LTX_virPluginQuery_v1 instead,
 * which libltdl looks for first: define VIR_PLUGIN_MODULE to the module's
 * name (libvirt_plugin_hypervisor_test) when building the static archive.
 */
#if defined(VIR_PLUGIN_MODULE) && !defined(PIC)
# define VIR_PLUGIN_QUERY_FUNC VIR_PLUGIN_CONCAT(VIR_PLUGIN_MODULE, _LTX_virPluginQuery_v1)
#else
# define VIR_PLUGIN_QUERY_FUNC virPluginQuery_v1
#endif

/* The oldest core ABI minor the plugin runs on; define it lower before
 * including this header if the plugin checks VIR_PLUGIN_HAS() before using
 * newer host members. */
#ifndef VIR_PLUGIN_MIN_CORE_MINOR
# define VIR_PLUGIN_MIN_CORE_MINOR VIR_PLUGIN_ABI_MINOR
#endif

#define VIR_PLUGIN_DEFINE(initfn, ...) \
    VIR_PLUGIN_HIDDEN const virPluginHost *virPluginHostInstance; \
    VIR_PLUGIN_HIDDEN virPluginContext *virPluginContextInstance; \
    static int \
    virPluginInitTrampoline(virPluginContext *ctx, const virPluginHost *host) \
    { \
        virPluginHostInstance = host; \
        virPluginContextInstance = ctx; \
        return (initfn)(ctx, host); \
    } \
    static const virPluginDescriptor virPluginDescriptorInstance = { \
        .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginDescriptor), \
        .minCoreMinor = VIR_PLUGIN_MIN_CORE_MINOR, \
        .init = virPluginInitTrampoline, \
        __VA_ARGS__ \
    }; \
    VIR_PLUGIN_EXPORT const virPluginDescriptor * \
    VIR_PLUGIN_QUERY_FUNC(uint16_t coreMajor, uint16_t coreMinor); \
    VIR_PLUGIN_EXPORT const virPluginDescriptor * \
    VIR_PLUGIN_QUERY_FUNC(uint16_t coreMajor, uint16_t coreMinor) \
    { \
        (void)coreMajor; \
        (void)coreMinor; \
        return &virPluginDescriptorInstance; \
    }

/*
 * virPluginReportError:
 * @code: a virErrorNumber
 * @...: printf-style format and arguments (the detail of the message)
 *
 * Reports an error from plugin code, in the error domain the plugin file
 * defines as VIR_FROM_THIS, exactly as core code reports: the caller of
 * the public API gets "<code's template>: <detail>".
 */
#define virPluginReportError(code, ...) \
    virPluginHostInstance->reportError(virPluginContextInstance, VIR_FROM_THIS, (code), \
                                       __FILE__, __func__, __LINE__, __VA_ARGS__)

/* As virPluginReportError(), for a failed system call: "<detail>: <strerror>". */
#define virPluginReportSystemError(errnum, ...) \
    virPluginHostInstance->reportSystemError(virPluginContextInstance, VIR_FROM_THIS, (errnum), \
                                             __FILE__, __func__, __LINE__, __VA_ARGS__)

#define virPluginLog(priority, ...) \
    virPluginHostInstance->log(virPluginContextInstance, (priority), __VA_ARGS__)

#ifdef __cplusplus
}
#endif

#endif /* LIBVIRT_PLUGIN_H */
