/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virapifallback.h: what a public call answers when the driver has no
 * callback for it but the core can (marked "r+fallback" in libvirt-api.def)
 */
#pragma once

#include "internal.h"

const char *virConnectGetTypeFallback(virConnectPtr conn);
int virConnectGetLibVersionFallback(virConnectPtr conn, unsigned long *libVer);

/* Argument checks of the "+check" entry points (virapicheck.c): 0, or -1
 * with the error reported as libvirt's entry point reports it. */
int virConnectDomainEventRegisterAnyCheck(virConnectPtr conn, virDomainPtr dom, int eventID,
                                          virConnectDomainEventGenericCallback cb,
                                          void *opaque, virFreeCallback freecb);
int virConnectDomainEventDeregisterAnyCheck(virConnectPtr conn, int callbackID);
int virConnectNetworkEventRegisterAnyCheck(virConnectPtr conn, virNetworkPtr net, int eventID,
                                           virConnectNetworkEventGenericCallback cb,
                                           void *opaque, virFreeCallback freecb);
int virConnectNetworkEventDeregisterAnyCheck(virConnectPtr conn, int callbackID);
int virConnectStoragePoolEventRegisterAnyCheck(virConnectPtr conn, virStoragePoolPtr pool,
                                               int eventID,
                                               virConnectStoragePoolEventGenericCallback cb,
                                               void *opaque, virFreeCallback freecb);
int virConnectStoragePoolEventDeregisterAnyCheck(virConnectPtr conn, int callbackID);
int virConnectNodeDeviceEventRegisterAnyCheck(virConnectPtr conn, virNodeDevicePtr dev,
                                              int eventID,
                                              virConnectNodeDeviceEventGenericCallback cb,
                                              void *opaque, virFreeCallback freecb);
int virConnectNodeDeviceEventDeregisterAnyCheck(virConnectPtr conn, int callbackID);
int virConnectSecretEventRegisterAnyCheck(virConnectPtr conn, virSecretPtr secret, int eventID,
                                          virConnectSecretEventGenericCallback cb,
                                          void *opaque, virFreeCallback freecb);
int virConnectSecretEventDeregisterAnyCheck(virConnectPtr conn, int callbackID);
int virNodeGetCPUStatsCheck(virConnectPtr conn, int cpuNum, virNodeCPUStatsPtr params,
                            int *nparams, unsigned int flags);
int virNodeGetMemoryStatsCheck(virConnectPtr conn, int cellNum, virNodeMemoryStatsPtr params,
                               int *nparams, unsigned int flags);
int virDomainManagedSaveCheck(virDomainPtr dom, unsigned int flags);
int virDomainRestoreFlagsCheck(virConnectPtr conn, const char *from, const char *dxml,
                               unsigned int flags);
int virDomainSaveFlagsCheck(virDomainPtr domain, const char *to, const char *dxml,
                            unsigned int flags);
int virDomainSaveImageDefineXMLCheck(virConnectPtr conn, const char *file, const char *dxml,
                                     unsigned int flags);
