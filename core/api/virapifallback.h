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
int virDomainGetVcpusFlagsCheck(virDomainPtr domain, unsigned int flags);
int virDomainGetMetadataCheck(virDomainPtr domain, int type, const char *uri, unsigned int flags);
int virDomainSetMetadataCheck(virDomainPtr domain, int type, const char *metadata,
                              const char *key, const char *uri, unsigned int flags);
int virDomainGetVcpuPinInfoCheck(virDomainPtr domain, int ncpumaps, unsigned char *cpumaps,
                                 int maplen, unsigned int flags);
int virDomainGetCPUStatsCheck(virDomainPtr domain, virTypedParameterPtr params,
                              unsigned int nparams, int start_cpu, unsigned int ncpus,
                              unsigned int flags);
int virDomainCoreDumpWithFormatCheck(virDomainPtr domain, const char *to,
                                     unsigned int dumpformat, unsigned int flags);
int virDomainAuthorizedSSHKeysSetCheck(virDomainPtr domain, const char *user, const char **keys,
                                       unsigned int nkeys, unsigned int flags);
int virDomainBlockRebaseCheck(virDomainPtr dom, const char *disk, const char *base,
                              unsigned long bandwidth, unsigned int flags);
int virDomainSendKeyCheck(virDomainPtr domain, unsigned int codeset, unsigned int holdtime,
                          unsigned int *keycodes, int nkeycodes, unsigned int flags);
int virDomainInterfaceAddressesCheck(virDomainPtr dom, virDomainInterfacePtr **ifaces,
                                     unsigned int source, unsigned int flags);
int virDomainMigrateCheck(virDomainPtr domain, virConnectPtr dconn, unsigned long flags,
                          const char *dname, const char *uri, unsigned long bandwidth);
int virDomainMigrate2Check(virDomainPtr domain, virConnectPtr dconn, const char *dxml,
                           unsigned long flags, const char *dname, const char *uri,
                           unsigned long bandwidth);
int virDomainMigrate3Check(virDomainPtr domain, virConnectPtr dconn, virTypedParameterPtr params,
                           unsigned int nparams, unsigned int flags);
int virDomainGetXMLDescCheck(virDomainPtr domain, unsigned int flags);
int virDomainManagedSaveGetXMLDescCheck(virDomainPtr domain, unsigned int flags);
int virDomainSnapshotGetXMLDescCheck(virDomainSnapshotPtr snapshot, unsigned int flags);
int virDomainGetVcpusCheck(virDomainPtr domain, virVcpuInfoPtr info, int maxinfo,
                           unsigned char *cpumaps, int maplen);
int virDomainBlockStatsCheck(virDomainPtr dom, const char *disk, virDomainBlockStatsPtr stats,
                             size_t size);
int virDomainInterfaceStatsCheck(virDomainPtr dom, const char *device,
                                 virDomainInterfaceStatsPtr stats, size_t size);
int virDomainSetLifecycleActionCheck(virDomainPtr domain, unsigned int type, unsigned int action,
                                     unsigned int flags);
int virDomainOpenGraphicsCheck(virDomainPtr dom, unsigned int idx, int fd, unsigned int flags);
int virStorageVolResizeCheck(virStorageVolPtr vol, unsigned long long capacity,
                             unsigned int flags);
int virAPICheckTypedParamsSet(virTypedParameterPtr params, int nparams);
int virDomainListGetStatsCheck(virDomainPtr *doms, unsigned int stats,
                               virDomainStatsRecordPtr **retStats, unsigned int flags);
