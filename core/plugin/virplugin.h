/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virplugin.h: the plugin registry: discovery, loading, what plugins provide
 *
 * virInitialize() reads every manifest on the search path once; nothing is
 * loaded then.  The first time something needs what a manifest provides (a
 * URI scheme, a pool type, a forward mode, a security model) the registry
 * loads that one plugin, checks its descriptor, runs its init() and keeps
 * the tables it registered.  Plugins are never unloaded.  Every failure is
 * kept with its reason, for the error the caller gets and for virt-plugin.
 */
#pragma once

#include "internal.h"
#include <libvirt/libvirt-plugin.h>
#include <libvirt/libvirt-plugin-conf.h>
#include <libvirt/libvirt-plugin-events.h>
#include "virpluginmanifest.h"

typedef enum {
    VIR_PLUGIN_STATE_AVAILABLE = 0,    /* manifest read; not loaded yet */
    VIR_PLUGIN_STATE_LOADED,           /* loaded, initialized, tables registered */
    VIR_PLUGIN_STATE_INVALID_MANIFEST, /* the .plugin file could not be used */
    VIR_PLUGIN_STATE_NOT_FOUND,        /* its library is not where the manifest says */
    VIR_PLUGIN_STATE_DLOPEN_FAILED,    /* the dynamic loader refused it */
    VIR_PLUGIN_STATE_NO_ENTRY,         /* no virPluginQuery_v1 symbol */
    VIR_PLUGIN_STATE_BAD_DESCRIPTOR,   /* the descriptor is short, incomplete or refused */
    VIR_PLUGIN_STATE_ABI_MISMATCH,     /* built for another plugin ABI major */
    VIR_PLUGIN_STATE_CORE_TOO_OLD,     /* needs a newer ABI minor than this core's */
    VIR_PLUGIN_STATE_INIT_FAILED,      /* its init() failed, or registered too little */
    VIR_PLUGIN_STATE_SHADOWED,         /* what it provides is served by an earlier plugin */
    VIR_PLUGIN_STATE_DISABLED,         /* LIBVIRT_PLUGINS_DISABLE names it */

    VIR_PLUGIN_STATE_LAST
} virPluginState;

const char *virPluginStateToString(virPluginState state);

typedef struct _virPlugin virPlugin;

/* One per plugin; what the SDK's virPluginContext points to. */
struct _virPluginContext {
    virPlugin *plugin;
    bool initializing;                  /* registerDriver() is allowed */
    GPtrArray *pending;                 /* registrations made during init() */
    char *paths[VIR_PLUGIN_PATH_PLUGIN + 1];
};

struct _virPlugin {
    char *manifestPath;
    virPluginManifest *manifest;        /* NULL when the manifest is invalid */
    char *name;                         /* from the manifest, or its file name */
    virPluginState state;
    char *reason;                       /* why it is not loaded (failure states) */
    char *libraryPath;                  /* the file actually opened */
    void *handle;                       /* lt_dlhandle */
    const virPluginDescriptor *desc;    /* once its size was checked (kept after a
                                         * later failure: the module stays mapped) */
    virPluginStructHeader descHdr;      /* the descriptor's header, whenever one was read */
    unsigned int descSize;              /* the descriptor's structSize */
    virPluginContext ctx;
    unsigned int registeredKinds;
    bool tried;                         /* virPluginLoad() tried it in this process */
};

int virPluginRegistryInitialize(void);
void virPluginRegistryResetForTests(void);

GPtrArray *virPluginRegistryList(void);
char **virPluginRegistrySearchPath(void);
char *virPluginRegistrySearchPathString(void);
virPlugin *virPluginRegistryFind(const char *nameOrPath);
virPlugin *virPluginRegistryProvider(virPluginKind kind, const char *what);
GRecMutex *virPluginRegistryGetLock(void);

int virPluginLoad(virPlugin *plugin);
int virPluginLoadFile(const char *path, virPlugin **plugin);
char *virPluginDescribeProvider(virPluginKind kind, const char *what);

const virPluginStorageBackend *virPluginGetStorageBackend(const char *poolType);
const virPluginNetworkBackend *virPluginGetNetworkBackend(const char *forwardMode);
const virPluginSecurityModel *virPluginGetSecurityModel(const char *model);

/* Called with "open", "query", "init" and "register" as a load enters each
 * phase, so that a supervising process can say where a plugin crashed. */
typedef void (*virPluginPhaseFunc)(const char *phase);
void virPluginSetPhaseHook(virPluginPhaseFunc hook);

/* virpluginreport.c: the text of virt-plugin list/inspect, and of
 * vireoPluginReport() (libvirt-vireo.h) for virsh */
char *virPluginReportList(GPtrArray *plugins, bool showHidden);
char *virPluginReportInspect(const virPlugin *plugin);

/* virpluginhost.c */
extern const virPluginHost virPluginHostTable;
int virPluginCommitRegistrations(virPlugin *plugin);
void virPluginContextClear(virPluginContext *ctx);

/* virpluginconf.c */
const virPluginConf *virPluginConfGetTable(uint16_t minVersion);
const virPluginEvents *virPluginEventsGetTable(uint16_t minVersion);
