/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdriver.h: the registry of connection drivers
 *
 * A connection driver serves one or more URI schemes with a hypervisor
 * callback table, and optionally the network, storage, interface, node
 * device, secret and network filter tables used for its connections.
 * Drivers come from plugins (core/plugin/), which register them here when
 * loaded; a loader hook lets the registry ask for the plugin serving a
 * scheme before it gives up on a URI.
 */
#pragma once

#include "internal.h"
#include "datatypes.h"
#include <libvirt/libvirt-plugin.h>

struct _virConnectDriver {
    const char *name;                        /* "test", "qemu", ... */
    const char *const *uriSchemes;           /* NULL-terminated */
    bool localOnly;                          /* refuses URIs that name a host */
    const virPluginHypervisorDriver *hypervisor;   /* required */
    const virPluginNetworkDriver *network;         /* NULL: not served */
    const virPluginStorageDriver *storage;
    const virPluginInterfaceDriver *interface;
    const virPluginNodeDeviceDriver *nodeDevice;
    const virPluginNWFilterDriver *nwfilter;
    const virPluginSecretDriver *secret;
    struct _virPlugin *plugin;               /* the plugin that registered it, or NULL */
};

int virRegisterConnectDriver(const virConnectDriver *driver);
void virUnregisterConnectDriverForTests(const virConnectDriver *driver);

/**
 * virDriverLoaderFunc:
 * @scheme: the driver part of a URI scheme ("qemu")
 * @why: on a miss, set to a sentence saying why nothing serves @scheme
 *
 * Makes sure the plugin serving @scheme is loaded (and so has registered
 * its driver).  Returns 1 if a plugin was loaded or was already there, 0
 * if none serves it (with @why set), -1 on a load error (reported).
 */
typedef int (*virDriverLoaderFunc)(const char *scheme, char **why);
void virDriverSetLoader(virDriverLoaderFunc loader);

virConnectPtr virConnectOpenInternal(const char *name, virConnectAuthPtr auth,
                                     unsigned int flags);
void virConnectDriverCloseInternal(virConnectPtr conn);
