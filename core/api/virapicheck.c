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
 *
 * The rest are the checks of one function each that depend on another
 * argument (a flag, a type, a count): plain flag pairs are marks in
 * libvirt-api.def, and where each check below runs among the generated
 * ones is written there too.
 */
#include <config.h>

#define VIR_ENUM_SENTINELS

#include <limits.h>
#include <string.h>
#include <sys/stat.h>

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

/* A domain's vCPUs as its guest sees them come from the agent, which a
 * read-only connection may not use. */
int
virDomainGetVcpusFlagsCheck(virDomainPtr domain, unsigned int flags)
{
    if ((flags & VIR_DOMAIN_VCPU_GUEST) && virConnectIsReadOnly(domain->conn)) {
        virReportReadOnlyDenied(VIR_FROM_DOMAIN, "virDomainGetVcpusFlags");
        return -1;
    }
    return 0;
}

/* Metadata: title and description take no namespace, an element needs
 * one; other types are left to the driver. */
int
virDomainGetMetadataCheck(virDomainPtr domain G_GNUC_UNUSED, int type, const char *uri,
                          unsigned int flags G_GNUC_UNUSED)
{
    const char *func = "virDomainGetMetadata";

    switch (type) {
    case VIR_DOMAIN_METADATA_DESCRIPTION:
    case VIR_DOMAIN_METADATA_TITLE:
        if (uri) {
            virReportInvalidNullArg(VIR_FROM_DOMAIN, func, "uri");
            return -1;
        }
        break;
    case VIR_DOMAIN_METADATA_ELEMENT:
        if (!uri) {
            virReportInvalidNonNullArg(VIR_FROM_DOMAIN, func, "uri");
            return -1;
        }
        break;
    default:
        /* a type this library does not know: the driver's to refuse */
        break;
    }
    return 0;
}

/* As for reading, and a title is one line; an element that is set (not
 * removed) needs its key too. */
int
virDomainSetMetadataCheck(virDomainPtr domain G_GNUC_UNUSED, int type, const char *metadata,
                          const char *key, const char *uri, unsigned int flags G_GNUC_UNUSED)
{
    const char *func = "virDomainSetMetadata";

    switch (type) {
    case VIR_DOMAIN_METADATA_TITLE:
        if (metadata && strchr(metadata, '\n')) {
            virReportInvalidArgFull(VIR_FROM_DOMAIN, func, "metadata", "%s",
                                    _("metadata title can't contain newlines"));
            return -1;
        }
        G_GNUC_FALLTHROUGH;
    case VIR_DOMAIN_METADATA_DESCRIPTION:
        if (uri) {
            virReportInvalidNullArg(VIR_FROM_DOMAIN, func, "uri");
            return -1;
        }
        if (key) {
            virReportInvalidNullArg(VIR_FROM_DOMAIN, func, "key");
            return -1;
        }
        break;
    case VIR_DOMAIN_METADATA_ELEMENT:
        if (!uri) {
            virReportInvalidNonNullArg(VIR_FROM_DOMAIN, func, "uri");
            return -1;
        }
        if (metadata && !key) {
            virReportInvalidNonNullArg(VIR_FROM_DOMAIN, func, "key");
            return -1;
        }
        break;
    default:
        break;
    }
    return 0;
}

/* The caller's buffer holds ncpumaps * maplen bytes: that must be an int. */
int
virDomainGetVcpuPinInfoCheck(virDomainPtr domain G_GNUC_UNUSED, int ncpumaps,
                             unsigned char *cpumaps G_GNUC_UNUSED, int maplen,
                             unsigned int flags G_GNUC_UNUSED)
{
    /* both are > 0 here: the marks came first */
    if (ncpumaps > INT_MAX / maplen) {
        virReportErrorFull(VIR_FROM_DOMAIN, VIR_ERR_OVERFLOW, __FILE__, __func__, __LINE__,
                           _("input too large: %1$d * %2$d"), ncpumaps, maplen);
        return -1;
    }
    return 0;
}

/* Three ways to call it: the total (start_cpu -1, one "CPU"), a range of
 * CPUs, or a query of the number of parameters (params NULL, nparams and
 * ncpus 0). */
int
virDomainGetCPUStatsCheck(virDomainPtr domain G_GNUC_UNUSED, virTypedParameterPtr params,
                          unsigned int nparams, int start_cpu, unsigned int ncpus,
                          unsigned int flags G_GNUC_UNUSED)
{
    const char *func = "virDomainGetCPUStats";

    if (start_cpu == -1) {
        if (ncpus != 1) {
            virReportInvalidArgFull(VIR_FROM_DOMAIN, func, "start_cpu", "%s",
                                    _("ncpus must be 1 when start_cpu is -1"));
            return -1;
        }
    } else if (start_cpu < 0) {
        virReportInvalidNegativeArg(VIR_FROM_DOMAIN, func, "start_cpu");
        return -1;
    }
    if (nparams > 0 && !params) {
        virReportInvalidNonNullArg(VIR_FROM_DOMAIN, func, "params");
        return -1;
    }
    if ((nparams == 0 || ncpus == 0) && params) {
        virReportInvalidNullArg(VIR_FROM_DOMAIN, func, "params");
        return -1;
    }
    if (nparams > 0 && ncpus > UINT_MAX / nparams) {
        virReportErrorFull(VIR_FROM_DOMAIN, VIR_ERR_OVERFLOW, __FILE__, __func__, __LINE__,
                           _("input too large: %1$u * %2$u"), nparams, ncpus);
        return -1;
    }
    return 0;
}

/* libvirt names the format in a message about "flags", and prints it
 * signed */
int
virDomainCoreDumpWithFormatCheck(virDomainPtr domain G_GNUC_UNUSED, const char *to G_GNUC_UNUSED,
                                 unsigned int dumpformat, unsigned int flags G_GNUC_UNUSED)
{
    if (dumpformat >= VIR_DOMAIN_CORE_DUMP_FORMAT_LAST) {
        virReportInvalidArgFull(VIR_FROM_DOMAIN, "virDomainCoreDumpWithFormat", "flags",
                                _("dumpformat '%1$d' is not supported"), (int)dumpformat);
        return -1;
    }
    return 0;
}

/* Keys to add or to remove must be given (replacing them all with none is
 * allowed). */
int
virDomainAuthorizedSSHKeysSetCheck(virDomainPtr domain G_GNUC_UNUSED,
                                   const char *user G_GNUC_UNUSED, const char **keys,
                                   unsigned int nkeys G_GNUC_UNUSED, unsigned int flags)
{
    if ((flags & (VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND |
                  VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE)) && !keys) {
        virReportInvalidNonNullArg(VIR_FROM_DOMAIN, "virDomainAuthorizedSSHKeysSet", "keys");
        return -1;
    }
    return 0;
}

/* A copy needs its destination ("base"); the copy-only flags need a copy. */
int
virDomainBlockRebaseCheck(virDomainPtr dom G_GNUC_UNUSED, const char *disk G_GNUC_UNUSED,
                          const char *base, unsigned long bandwidth G_GNUC_UNUSED,
                          unsigned int flags)
{
    const char *func = "virDomainBlockRebase";

    if (flags & VIR_DOMAIN_BLOCK_REBASE_COPY) {
        if (!base) {
            virReportInvalidNonNullArg(VIR_FROM_DOMAIN, func, "base");
            return -1;
        }
    } else if (flags & (VIR_DOMAIN_BLOCK_REBASE_SHALLOW | VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT |
                        VIR_DOMAIN_BLOCK_REBASE_COPY_RAW | VIR_DOMAIN_BLOCK_REBASE_COPY_DEV)) {
        virReportInvalidArgFull(VIR_FROM_DOMAIN, func, "flags", "%s",
                                _("use of flags requires a copy job"));
        return -1;
    }
    return 0;
}

int
virDomainSendKeyCheck(virDomainPtr domain G_GNUC_UNUSED, unsigned int codeset G_GNUC_UNUSED,
                      unsigned int holdtime G_GNUC_UNUSED, unsigned int *keycodes G_GNUC_UNUSED,
                      int nkeycodes, unsigned int flags G_GNUC_UNUSED)
{
    if (nkeycodes > VIR_DOMAIN_SEND_KEY_MAX_KEYS) {
        virReportInvalidArgFull(VIR_FROM_DOMAIN, "virDomainSendKey", "nkeycodes",
                                _("nkeycodes must be <= %1$d"), VIR_DOMAIN_SEND_KEY_MAX_KEYS);
        return -1;
    }
    return 0;
}

/* Reading the guest agent's addresses is not for read-only connections;
 * the leases and the ARP table are. */
int
virDomainInterfaceAddressesCheck(virDomainPtr dom, virDomainInterfacePtr **ifaces G_GNUC_UNUSED,
                                 unsigned int source, unsigned int flags G_GNUC_UNUSED)
{
    if (source == VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT && virConnectIsReadOnly(dom->conn)) {
        virReportReadOnlyDenied(VIR_FROM_DOMAIN, "virDomainInterfaceAddresses");
        return -1;
    }
    return 0;
}

/* Tunnelling goes through the source's own connection to the destination,
 * which only peer-to-peer migration has.  libvirt refuses it after asking
 * the driver about offline, peer-to-peer and change-protected migration;
 * with none of those flags its answer does not depend on the driver. */
static int
virAPICheckMigrateTunnel(unsigned long flags)
{
    if ((flags & VIR_MIGRATE_TUNNELLED) &&
        !(flags & (VIR_MIGRATE_OFFLINE | VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_CHANGE_PROTECTION))) {
        virReportErrorFull(VIR_FROM_DOMAIN, VIR_ERR_OPERATION_INVALID, __FILE__, __func__, __LINE__,
                           "%s", _("cannot perform tunnelled migration without using peer2peer flag"));
        return -1;
    }
    return 0;
}

int
virDomainMigrateCheck(virDomainPtr domain G_GNUC_UNUSED, virConnectPtr dconn G_GNUC_UNUSED,
                      unsigned long flags, const char *dname G_GNUC_UNUSED,
                      const char *uri G_GNUC_UNUSED, unsigned long bandwidth G_GNUC_UNUSED)
{
    return virAPICheckMigrateTunnel(flags);
}

int
virDomainMigrate2Check(virDomainPtr domain G_GNUC_UNUSED, virConnectPtr dconn G_GNUC_UNUSED,
                       const char *dxml G_GNUC_UNUSED, unsigned long flags,
                       const char *dname G_GNUC_UNUSED, const char *uri G_GNUC_UNUSED,
                       unsigned long bandwidth G_GNUC_UNUSED)
{
    return virAPICheckMigrateTunnel(flags);
}

/* virDomainMigrate3 refuses outright what needs the source's own
 * connection to the destination (peer to peer, and so tunnelling), after
 * the disk-copy pair. */
int
virDomainMigrate3Check(virDomainPtr domain G_GNUC_UNUSED, virConnectPtr dconn G_GNUC_UNUSED,
                       virTypedParameterPtr params G_GNUC_UNUSED,
                       unsigned int nparams G_GNUC_UNUSED, unsigned int flags)
{
    const char *func = "virDomainMigrate3";

    if ((flags & VIR_MIGRATE_NON_SHARED_DISK) && (flags & VIR_MIGRATE_NON_SHARED_INC)) {
        virReportExclusiveFlags(VIR_FROM_DOMAIN, func, "VIR_MIGRATE_NON_SHARED_DISK",
                                "VIR_MIGRATE_NON_SHARED_INC");
        return -1;
    }
    if (flags & VIR_MIGRATE_PEER2PEER) {
        virReportInvalidArgFull(VIR_FROM_DOMAIN, func, "flags", "%s",
                                _("use virDomainMigrateToURI3 for peer-to-peer migration"));
        return -1;
    }
    if (flags & VIR_MIGRATE_TUNNELLED) {
        virReportInvalidArgFull(VIR_FROM_DOMAIN, func, "flags", "%s",
                                _("cannot perform tunnelled migration without using peer2peer flag"));
        return -1;
    }
    return 0;
}

/* The secrets in an XML description are not for read-only connections. */
static int
virAPICheckSecureXML(int errDomain, const char *func, virConnectPtr conn, bool secure)
{
    if (secure && virConnectIsReadOnly(conn)) {
        virReportErrorFull(errDomain, VIR_ERR_OPERATION_DENIED, __FILE__, __func__, __LINE__,
                           _("%1$s with secure flag"), func);
        return -1;
    }
    return 0;
}

int
virDomainGetXMLDescCheck(virDomainPtr domain, unsigned int flags)
{
    return virAPICheckSecureXML(VIR_FROM_DOMAIN, "virDomainGetXMLDesc", domain->conn,
                                flags & VIR_DOMAIN_XML_SECURE);
}

int
virDomainManagedSaveGetXMLDescCheck(virDomainPtr domain, unsigned int flags)
{
    return virAPICheckSecureXML(VIR_FROM_DOMAIN, "virDomainManagedSaveGetXMLDesc", domain->conn,
                                flags & VIR_DOMAIN_SAVE_IMAGE_XML_SECURE);
}

int
virDomainSnapshotGetXMLDescCheck(virDomainSnapshotPtr snapshot, unsigned int flags)
{
    return virAPICheckSecureXML(VIR_FROM_DOMAIN_SNAPSHOT, "virDomainSnapshotGetXMLDesc",
                                snapshot->domain->conn, flags & VIR_DOMAIN_SNAPSHOT_XML_SECURE);
}

/* The CPU maps are optional, but then without a length; with them, the
 * buffer of maxinfo * maplen bytes must be an int.  libvirt words the
 * length given without maps as "must not be zero"; so do we. */
int
virDomainGetVcpusCheck(virDomainPtr domain G_GNUC_UNUSED, virVcpuInfoPtr info G_GNUC_UNUSED,
                       int maxinfo, unsigned char *cpumaps, int maplen)
{
    const char *func = "virDomainGetVcpus";

    if (cpumaps && maplen <= 0) {
        virReportInvalidNonPositiveArg(VIR_FROM_DOMAIN, func, "maplen");
        return -1;
    }
    if (!cpumaps && maplen != 0) {
        virReportInvalidZeroArg(VIR_FROM_DOMAIN, func, "maplen");
        return -1;
    }
    if (cpumaps && maxinfo > INT_MAX / maplen) {
        virReportErrorFull(VIR_FROM_DOMAIN, VIR_ERR_OVERFLOW, __FILE__, __func__, __LINE__,
                           _("input too large: %1$d * %2$d"), maxinfo, maplen);
        return -1;
    }
    return 0;
}

/* The caller's structure may be older (smaller) than ours, never larger. */
static int
virAPICheckStatsSize(const char *func, size_t size, size_t max)
{
    if (size > max) {
        virReportInvalidArgFull(VIR_FROM_DOMAIN, func, "size",
                                _("size must not exceed %1$zu"), max);
        return -1;
    }
    return 0;
}

int
virDomainBlockStatsCheck(virDomainPtr dom G_GNUC_UNUSED, const char *disk G_GNUC_UNUSED,
                         virDomainBlockStatsPtr stats G_GNUC_UNUSED, size_t size)
{
    return virAPICheckStatsSize("virDomainBlockStats", size, sizeof(virDomainBlockStatsStruct));
}

int
virDomainInterfaceStatsCheck(virDomainPtr dom G_GNUC_UNUSED, const char *device G_GNUC_UNUSED,
                             virDomainInterfaceStatsPtr stats G_GNUC_UNUSED, size_t size)
{
    return virAPICheckStatsSize("virDomainInterfaceStats", size,
                                sizeof(virDomainInterfaceStatsStruct));
}

/* Known events and actions only; which action suits which event is the
 * driver's to say. */
int
virDomainSetLifecycleActionCheck(virDomainPtr domain G_GNUC_UNUSED, unsigned int type,
                                 unsigned int action, unsigned int flags G_GNUC_UNUSED)
{
    if (type >= VIR_DOMAIN_LIFECYCLE_LAST) {
        virReportErrorFull(VIR_FROM_DOMAIN, VIR_ERR_INVALID_ARG, __FILE__, __func__, __LINE__,
                           _("invalid lifecycle type '%1$u'"), type);
        return -1;
    }
    if (action >= VIR_DOMAIN_LIFECYCLE_ACTION_LAST) {
        virReportErrorFull(VIR_FROM_DOMAIN, VIR_ERR_INVALID_ARG, __FILE__, __func__, __LINE__,
                           _("invalid lifecycle action '%1$u'"), action);
        return -1;
    }
    return 0;
}

/* The graphics client arrives on a socket the caller opened. */
int
virDomainOpenGraphicsCheck(virDomainPtr dom G_GNUC_UNUSED, unsigned int idx G_GNUC_UNUSED,
                           int fd, unsigned int flags G_GNUC_UNUSED)
{
    struct stat sb;

    if (fstat(fd, &sb) < 0) {
        virReportSystemErrorFull(VIR_FROM_DOMAIN, errno, __FILE__, __func__, __LINE__,
                                 _("Unable to access file descriptor %1$d"), fd);
        return -1;
    }
    if (!S_ISSOCK(sb.st_mode)) {
        virReportInvalidArgFull(VIR_FROM_DOMAIN, "virDomainOpenGraphics", "fd",
                                _("fd %1$d must be a socket"), fd);
        return -1;
    }
    return 0;
}

/* A new capacity of zero only makes sense relative to the current one. */
int
virStorageVolResizeCheck(virStorageVolPtr vol G_GNUC_UNUSED, unsigned long long capacity,
                         unsigned int flags)
{
    if (capacity == 0 &&
        !(flags & (VIR_STORAGE_VOL_RESIZE_DELTA | VIR_STORAGE_VOL_RESIZE_SHRINK))) {
        virReportInvalidArgFull(VIR_FROM_STORAGE, "virStorageVolResize", "capacity",
                                _("capacity in %1$s cannot be zero without 'delta' or 'shrink' flags set"),
                                "virStorageVolResize");
        return -1;
    }
    return 0;
}

/**
 * virAPICheckTypedParamsSet:
 * @params: typed parameters a caller sets
 * @nparams: how many
 *
 * What every setter checks before its driver sees the parameters: each
 * name ends within its field, each string parameter has its string.  The
 * drivers behind this core all take string parameters, so unlike libvirt
 * there is no "not supported" case.  libvirt reports these as its
 * virTypedParameterValidateSet(), without an error domain; so do we.
 *
 * Returns 0, or -1 with the error reported.
 */
int
virAPICheckTypedParamsSet(virTypedParameterPtr params, int nparams)
{
    const char *func = "virTypedParameterValidateSet";
    int i;

    for (i = 0; i < nparams; i++) {
        if (strnlen(params[i].field, VIR_TYPED_PARAM_FIELD_LENGTH) ==
            VIR_TYPED_PARAM_FIELD_LENGTH) {
            virReportInvalidArgFull(VIR_FROM_NONE, func, "params",
                                    _("string parameter name '%1$.*2$s' too long"),
                                    params[i].field, VIR_TYPED_PARAM_FIELD_LENGTH);
            return -1;
        }
        if (params[i].type == VIR_TYPED_PARAM_STRING && !params[i].value.s) {
            virReportInvalidArgFull(VIR_FROM_NONE, func, "params",
                                    _("NULL string parameter '%1$s'"), params[i].field);
            return -1;
        }
    }
    return 0;
}

/* One call, one connection: every domain must come from the first one's. */
int
virDomainListGetStatsCheck(virDomainPtr *doms, unsigned int stats G_GNUC_UNUSED,
                           virDomainStatsRecordPtr **retStats G_GNUC_UNUSED,
                           unsigned int flags G_GNUC_UNUSED)
{
    size_t i;

    for (i = 1; doms[i]; i++) {
        if (doms[i]->conn != doms[0]->conn) {
            virReportErrorFull(VIR_FROM_DOMAIN, VIR_ERR_INVALID_ARG, __FILE__, __func__, __LINE__,
                               "%s", _("domains in 'doms' array must belong to a single connection"));
            return -1;
        }
    }
    return 0;
}
