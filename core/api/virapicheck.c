/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virapicheck.c: entry-point checks the argument marks of libvirt-api.def
 * cannot express ("+check" functions)
 *
 * The event registrations check their event identifier against the
 * family's range and the object handle against the connection before any
 * driver is asked, so a bad call fails the same way whether or not the
 * driver supports events; the node statistics check their cell or CPU
 * number and their count.  Wording and error domains are libvirt 9.0's,
 * including its two irregular messages for domains.
 */
#include <config.h>

#define VIR_ENUM_SENTINELS

#include "internal.h"
#include "datatypes.h"
#include "virapifallback.h"
#include "virerror.h"
#include "viruuid.h"

/* eventID: within [0, last) */
static int
virAPICheckEventID(int errDomain, const char *func, int eventID, int last, bool terse)
{
    if (eventID < 0) {
        virReportInvalidArgDetail(errDomain, func, _("eventID in %1$s must be zero or greater"),
                                  func);
        return -1;
    }
    if (eventID >= last) {
        if (terse)
            virReportInvalidArgDetail(errDomain, func, _("eventID must be less than %1$d"), last);
        else
            virReportInvalidArgDetail(errDomain, func,
                                      _("eventID in %1$s must be less than %2$d"), func, last);
        return -1;
    }
    return 0;
}

static int
virAPICheckCallbackID(int errDomain, const char *func, int callbackID)
{
    if (callbackID < 0) {
        virReportInvalidArgDetail(errDomain, func,
                                  _("callbackID in %1$s must be zero or greater"), func);
        return -1;
    }
    return 0;
}

/*
 * A registration's checks, in libvirt's order: the event id not negative,
 * then the object (@obj, NULL for all objects) a valid handle of the
 * connection's, then the id below @last.  @valid, @objConn and @objName
 * describe @obj; @terse words the domain messages as libvirt does, without
 * the function's name.
 */
static int
virAPICheckRegisterAny(int errDomain, const char *func, int eventID, int last, bool terse,
                       const void *obj, bool valid, int invalidCode, virConnectPtr objConn,
                       virConnectPtr conn, const char *objWord, const char *objName)
{
    if (eventID < 0)
        return virAPICheckEventID(errDomain, func, eventID, last, terse);
    if (obj) {
        if (!valid) {
            virReportInvalidHandle(errDomain, invalidCode, func);
            return -1;
        }
        if (objConn != conn) {
            if (terse)
                virReportInvalidArgDetail(errDomain, func, _("%1$s '%2$s' must match connection"),
                                          objWord, objName);
            else
                virReportInvalidArgDetail(errDomain, func,
                                          _("%1$s '%2$s' in %3$s must match connection"),
                                          objWord, objName, func);
            return -1;
        }
    }
    return virAPICheckEventID(errDomain, func, eventID, last, terse);
}

int
virConnectDomainEventRegisterAnyCheck(virConnectPtr conn, virDomainPtr dom, int eventID,
                                      virConnectDomainEventGenericCallback cb G_GNUC_UNUSED,
                                      void *opaque G_GNUC_UNUSED,
                                      virFreeCallback freecb G_GNUC_UNUSED)
{
    bool valid = virObjectIsClass(dom, &virDomainClass);

    return virAPICheckRegisterAny(VIR_FROM_DOMAIN, "virConnectDomainEventRegisterAny", eventID,
                                  VIR_DOMAIN_EVENT_ID_LAST, true, dom, valid,
                                  VIR_ERR_INVALID_DOMAIN, valid ? dom->conn : NULL, conn,
                                  "domain", valid ? dom->name : NULL);
}

int
virConnectDomainEventDeregisterAnyCheck(virConnectPtr conn G_GNUC_UNUSED, int callbackID)
{
    return virAPICheckCallbackID(VIR_FROM_DOMAIN, "virConnectDomainEventDeregisterAny",
                                 callbackID);
}

int
virConnectNetworkEventRegisterAnyCheck(virConnectPtr conn, virNetworkPtr net, int eventID,
                                       virConnectNetworkEventGenericCallback cb G_GNUC_UNUSED,
                                       void *opaque G_GNUC_UNUSED,
                                       virFreeCallback freecb G_GNUC_UNUSED)
{
    bool valid = virObjectIsClass(net, &virNetworkClass);

    return virAPICheckRegisterAny(VIR_FROM_NETWORK, "virConnectNetworkEventRegisterAny", eventID,
                                  VIR_NETWORK_EVENT_ID_LAST, false, net, valid,
                                  VIR_ERR_INVALID_NETWORK, valid ? net->conn : NULL, conn,
                                  "network", valid ? net->name : NULL);
}

int
virConnectNetworkEventDeregisterAnyCheck(virConnectPtr conn G_GNUC_UNUSED, int callbackID)
{
    return virAPICheckCallbackID(VIR_FROM_NETWORK, "virConnectNetworkEventDeregisterAny",
                                 callbackID);
}

int
virConnectStoragePoolEventRegisterAnyCheck(virConnectPtr conn, virStoragePoolPtr pool,
                                           int eventID,
                                           virConnectStoragePoolEventGenericCallback cb G_GNUC_UNUSED,
                                           void *opaque G_GNUC_UNUSED,
                                           virFreeCallback freecb G_GNUC_UNUSED)
{
    bool valid = virObjectIsClass(pool, &virStoragePoolClass);

    return virAPICheckRegisterAny(VIR_FROM_STORAGE, "virConnectStoragePoolEventRegisterAny",
                                  eventID, VIR_STORAGE_POOL_EVENT_ID_LAST, false, pool, valid,
                                  VIR_ERR_INVALID_STORAGE_POOL, valid ? pool->conn : NULL, conn,
                                  "storage pool", valid ? pool->name : NULL);
}

int
virConnectStoragePoolEventDeregisterAnyCheck(virConnectPtr conn G_GNUC_UNUSED, int callbackID)
{
    return virAPICheckCallbackID(VIR_FROM_STORAGE, "virConnectStoragePoolEventDeregisterAny",
                                 callbackID);
}

int
virConnectNodeDeviceEventRegisterAnyCheck(virConnectPtr conn, virNodeDevicePtr dev,
                                          int eventID,
                                          virConnectNodeDeviceEventGenericCallback cb G_GNUC_UNUSED,
                                          void *opaque G_GNUC_UNUSED,
                                          virFreeCallback freecb G_GNUC_UNUSED)
{
    bool valid = virObjectIsClass(dev, &virNodeDeviceClass);

    return virAPICheckRegisterAny(VIR_FROM_NODEDEV, "virConnectNodeDeviceEventRegisterAny",
                                  eventID, VIR_NODE_DEVICE_EVENT_ID_LAST, false, dev, valid,
                                  VIR_ERR_INVALID_NODE_DEVICE, valid ? dev->conn : NULL, conn,
                                  "node device", valid ? dev->name : NULL);
}

int
virConnectNodeDeviceEventDeregisterAnyCheck(virConnectPtr conn G_GNUC_UNUSED, int callbackID)
{
    return virAPICheckCallbackID(VIR_FROM_NODEDEV, "virConnectNodeDeviceEventDeregisterAny",
                                 callbackID);
}

int
virConnectSecretEventRegisterAnyCheck(virConnectPtr conn, virSecretPtr secret, int eventID,
                                      virConnectSecretEventGenericCallback cb G_GNUC_UNUSED,
                                      void *opaque G_GNUC_UNUSED,
                                      virFreeCallback freecb G_GNUC_UNUSED)
{
    bool valid = virObjectIsClass(secret, &virSecretClass);
    char uuidstr[VIR_UUID_STRING_BUFLEN] = "";

    if (valid)
        virUUIDFormat(secret->uuid, uuidstr);
    return virAPICheckRegisterAny(VIR_FROM_SECRET, "virConnectSecretEventRegisterAny", eventID,
                                  VIR_SECRET_EVENT_ID_LAST, false, secret, valid,
                                  VIR_ERR_INVALID_SECRET, valid ? secret->conn : NULL, conn,
                                  "secret", uuidstr);
}

int
virConnectSecretEventDeregisterAnyCheck(virConnectPtr conn G_GNUC_UNUSED, int callbackID)
{
    return virAPICheckCallbackID(VIR_FROM_SECRET, "virConnectSecretEventDeregisterAny",
                                 callbackID);
}

/* node statistics: a cell or CPU number (-1: all) and a count not negative */
static int
virAPICheckNodeStats(const char *func, const char *numName, int num, const int *nparams)
{
    if (num < -1) {
        virReportInvalidArgDetail(VIR_FROM_DOMAIN, func,
                                  _("%1$s in %2$s only accepts -1 as a negative value"),
                                  numName, func);
        return -1;
    }
    if (*nparams < 0) {
        virReportInvalidNegativeArg(VIR_FROM_DOMAIN, func, "*nparams");
        return -1;
    }
    return 0;
}

int
virNodeGetCPUStatsCheck(virConnectPtr conn G_GNUC_UNUSED, int cpuNum,
                        virNodeCPUStatsPtr params G_GNUC_UNUSED, int *nparams,
                        unsigned int flags G_GNUC_UNUSED)
{
    return virAPICheckNodeStats("virNodeGetCPUStats", "cpuNum", cpuNum, nparams);
}

int
virNodeGetMemoryStatsCheck(virConnectPtr conn G_GNUC_UNUSED, int cellNum,
                           virNodeMemoryStatsPtr params G_GNUC_UNUSED, int *nparams,
                           unsigned int flags G_GNUC_UNUSED)
{
    return virAPICheckNodeStats("virNodeGetMemoryStats", "cellNum", cellNum, nparams);
}

/* save and restore: running and paused cannot both be asked for */
static int
virAPICheckSaveFlags(const char *func, unsigned int flags)
{
    if ((flags & VIR_DOMAIN_SAVE_RUNNING) && (flags & VIR_DOMAIN_SAVE_PAUSED)) {
        virReportInvalidArgDetail(VIR_FROM_DOMAIN, func,
                                  _("Flags '%1$s' and '%2$s' are mutually exclusive"),
                                  "VIR_DOMAIN_SAVE_RUNNING", "VIR_DOMAIN_SAVE_PAUSED");
        return -1;
    }
    return 0;
}

int
virDomainManagedSaveCheck(virDomainPtr dom G_GNUC_UNUSED, unsigned int flags)
{
    return virAPICheckSaveFlags("virDomainManagedSave", flags);
}

int
virDomainRestoreFlagsCheck(virConnectPtr conn G_GNUC_UNUSED, const char *from G_GNUC_UNUSED,
                           const char *dxml G_GNUC_UNUSED, unsigned int flags)
{
    return virAPICheckSaveFlags("virDomainRestoreFlags", flags);
}

int
virDomainSaveFlagsCheck(virDomainPtr domain G_GNUC_UNUSED, const char *to G_GNUC_UNUSED,
                        const char *dxml G_GNUC_UNUSED, unsigned int flags)
{
    return virAPICheckSaveFlags("virDomainSaveFlags", flags);
}

int
virDomainSaveImageDefineXMLCheck(virConnectPtr conn G_GNUC_UNUSED, const char *file G_GNUC_UNUSED,
                                 const char *dxml G_GNUC_UNUSED, unsigned int flags)
{
    return virAPICheckSaveFlags("virDomainSaveImageDefineXML", flags);
}
