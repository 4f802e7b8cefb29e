/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * handles.c: the public accessors that the core answers itself: names,
 * UUIDs, owners, references, and lookups by UUID string
 */
#include <config.h>

#include "internal.h"
#include "virerror.h"
#include "datatypes.h"
#include "virdriver.h"
#include "viruuid.h"

/* Entry check of an accessor: reset the error, reject a bad handle. */
#define VIR_ENTRY_CHECK(valid, obj, domain, code, retval) \
    do { \
        virResetLastError(); \
        if (!valid(obj)) { \
            virReportInvalidHandle(domain, code, __func__); \
            virDispatchError(NULL); \
            return retval; \
        } \
    } while (0)

#define VIR_REQUIRE_ARG(arg, domain, conn, retval) \
    do { \
        if (!(arg)) { \
            virReportInvalidNonNullArg(domain, __func__, #arg); \
            virDispatchError(conn); \
            return retval; \
        } \
    } while (0)

/* Ref and Free of a handle type: libvirt returns 0, or -1 for a bad handle. */
#define VIR_DEFINE_REF_FREE(type, valid, domain, code) \
    int \
    type ## Ref(type ## Ptr obj) \
    { \
        VIR_ENTRY_CHECK(valid, obj, domain, code, -1); \
        virObjectRef(obj); \
        return 0; \
    } \
    int \
    type ## Free(type ## Ptr obj) \
    { \
        VIR_ENTRY_CHECK(valid, obj, domain, code, -1); \
        virObjectUnref(obj); \
        return 0; \
    }

/* A getter returning a member of the handle. */
#define VIR_DEFINE_GETTER(rettype, func, type, valid, domain, code, expr) \
    rettype \
    func(type ## Ptr obj) \
    { \
        VIR_ENTRY_CHECK(valid, obj, domain, code, NULL); \
        return (expr); \
    }

/* GetUUID and GetUUIDString of a handle type with a uuid member. */
#define VIR_DEFINE_UUID_GETTERS(type, valid, domain, code, connexpr) \
    int \
    type ## GetUUID(type ## Ptr obj, unsigned char *uuid) \
    { \
        VIR_ENTRY_CHECK(valid, obj, domain, code, -1); \
        VIR_REQUIRE_ARG(uuid, domain, connexpr, -1); \
        memcpy(uuid, obj->uuid, VIR_UUID_BUFLEN); \
        return 0; \
    } \
    int \
    type ## GetUUIDString(type ## Ptr obj, char *buf) \
    { \
        VIR_ENTRY_CHECK(valid, obj, domain, code, -1); \
        VIR_REQUIRE_ARG(buf, domain, connexpr, -1); \
        virUUIDFormat(obj->uuid, buf); \
        return 0; \
    }

/* libvirt words a bad UUID string differently for domains and the rest. */
static void
virReportBadUUIDString(int domain, const char *func)
{
    g_autofree char *message = NULL;

    if (g_str_equal(func, "virDomainLookupByUUIDString"))
        message = g_strdup(_("Invalid UUID"));
    else
        message = g_strdup_printf(_("uuidstr in %1$s must be a valid UUID"), func);
    virRaiseErrorRaw(domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR, func, "uuidstr",
                     NULL, 0, 0, message);
}

/*
 * LookupByUUIDString: parse the string, then ask the driver's
 * LookupByUUID callback; errors name the UUID call, as in libvirt.
 */
#define VIR_DEFINE_LOOKUP_UUIDSTR(rettype, func, ownertype, valid, ownerdomain, ownercode, \
                                  domain, connexpr, tblexpr, tbltype, slot, slotname) \
    rettype \
    func(ownertype owner, const char *uuidstr) \
    { \
        unsigned char uuid[VIR_UUID_BUFLEN]; \
        virConnectPtr conn; \
        const tbltype *tbl; \
        rettype ret; \
        VIR_ENTRY_CHECK(valid, owner, ownerdomain, ownercode, NULL); \
        conn = connexpr; \
        VIR_REQUIRE_ARG(uuidstr, domain, conn, NULL); \
        if (virUUIDParse(uuidstr, uuid) < 0) { \
            virReportBadUUIDString(domain, __func__); \
            goto error; \
        } \
        tbl = conn->driver ? tblexpr : NULL; \
        if (!tbl || !VIR_PLUGIN_HAS(tbltype, tbl, slot) || !tbl->slot) { \
            virReportUnsupported(domain, slotname); \
            goto error; \
        } \
        if ((ret = tbl->slot(owner, uuid))) \
            return ret; \
     error: \
        virDispatchError(conn); \
        return NULL; \
    }


/* ---- domains ------------------------------------------------------------ */

VIR_DEFINE_REF_FREE(virDomain, virDomainIsValidHandle, VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN)
VIR_DEFINE_GETTER(const char *, virDomainGetName, virDomain, virDomainIsValidHandle,
                  VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN, obj->name)
VIR_DEFINE_GETTER(virConnectPtr, virDomainGetConnect, virDomain, virDomainIsValidHandle,
                  VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN, obj->conn)
VIR_DEFINE_UUID_GETTERS(virDomain, virDomainIsValidHandle, VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN,
                        obj->conn)
VIR_DEFINE_LOOKUP_UUIDSTR(virDomainPtr, virDomainLookupByUUIDString, virConnectPtr,
                          virConnectIsValid, VIR_FROM_DOMAIN, VIR_ERR_INVALID_CONN,
                          VIR_FROM_DOMAIN, owner, conn->driver->hypervisor,
                          virPluginHypervisorDriver, domainLookupByUUID, "virDomainLookupByUUID")

unsigned int
virDomainGetID(virDomainPtr domain)
{
    VIR_ENTRY_CHECK(virDomainIsValidHandle, domain, VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN,
                    (unsigned int)-1);
    return domain->id;
}

virDomainPtr
virDomainCreateLinux(virConnectPtr conn, const char *xmlDesc, unsigned int flags)
{
    /* the old name of virDomainCreateXML, which reports under its own name */
    return virDomainCreateXML(conn, xmlDesc, flags);
}


/* ---- networks and their ports ------------------------------------------- */

VIR_DEFINE_REF_FREE(virNetwork, virNetworkIsValidHandle, VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK)
VIR_DEFINE_GETTER(const char *, virNetworkGetName, virNetwork, virNetworkIsValidHandle,
                  VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK, obj->name)
VIR_DEFINE_GETTER(virConnectPtr, virNetworkGetConnect, virNetwork, virNetworkIsValidHandle,
                  VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK, obj->conn)
VIR_DEFINE_UUID_GETTERS(virNetwork, virNetworkIsValidHandle, VIR_FROM_NETWORK,
                        VIR_ERR_INVALID_NETWORK, obj->conn)
VIR_DEFINE_LOOKUP_UUIDSTR(virNetworkPtr, virNetworkLookupByUUIDString, virConnectPtr,
                          virConnectIsValid, VIR_FROM_NETWORK, VIR_ERR_INVALID_CONN,
                          VIR_FROM_NETWORK, owner, conn->driver->network,
                          virPluginNetworkDriver, networkLookupByUUID, "virNetworkLookupByUUID")

VIR_DEFINE_REF_FREE(virNetworkPort, virNetworkPortIsValidHandle, VIR_FROM_NETWORK,
                    VIR_ERR_INVALID_NETWORK_PORT)
VIR_DEFINE_GETTER(virNetworkPtr, virNetworkPortGetNetwork, virNetworkPort,
                  virNetworkPortIsValidHandle, VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK_PORT,
                  obj->net)
VIR_DEFINE_UUID_GETTERS(virNetworkPort, virNetworkPortIsValidHandle, VIR_FROM_NETWORK,
                        VIR_ERR_INVALID_NETWORK_PORT, obj->net->conn)
VIR_DEFINE_LOOKUP_UUIDSTR(virNetworkPortPtr, virNetworkPortLookupByUUIDString, virNetworkPtr,
                          virNetworkIsValidHandle, VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK,
                          VIR_FROM_NETWORK, owner->conn, conn->driver->network,
                          virPluginNetworkDriver, networkPortLookupByUUID,
                          "virNetworkPortLookupByUUID")


/* ---- interfaces --------------------------------------------------------- */

VIR_DEFINE_REF_FREE(virInterface, virInterfaceIsValidHandle, VIR_FROM_INTERFACE,
                    VIR_ERR_INVALID_INTERFACE)
VIR_DEFINE_GETTER(const char *, virInterfaceGetName, virInterface, virInterfaceIsValidHandle,
                  VIR_FROM_INTERFACE, VIR_ERR_INVALID_INTERFACE, obj->name)
VIR_DEFINE_GETTER(const char *, virInterfaceGetMACString, virInterface,
                  virInterfaceIsValidHandle, VIR_FROM_INTERFACE, VIR_ERR_INVALID_INTERFACE,
                  obj->mac)
VIR_DEFINE_GETTER(virConnectPtr, virInterfaceGetConnect, virInterface, virInterfaceIsValidHandle,
                  VIR_FROM_INTERFACE, VIR_ERR_INVALID_INTERFACE, obj->conn)


/* ---- storage pools and volumes ------------------------------------------ */

VIR_DEFINE_REF_FREE(virStoragePool, virStoragePoolIsValidHandle, VIR_FROM_STORAGE,
                    VIR_ERR_INVALID_STORAGE_POOL)
VIR_DEFINE_GETTER(const char *, virStoragePoolGetName, virStoragePool,
                  virStoragePoolIsValidHandle, VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_POOL,
                  obj->name)
VIR_DEFINE_GETTER(virConnectPtr, virStoragePoolGetConnect, virStoragePool,
                  virStoragePoolIsValidHandle, VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_POOL,
                  obj->conn)
VIR_DEFINE_UUID_GETTERS(virStoragePool, virStoragePoolIsValidHandle, VIR_FROM_STORAGE,
                        VIR_ERR_INVALID_STORAGE_POOL, obj->conn)
VIR_DEFINE_LOOKUP_UUIDSTR(virStoragePoolPtr, virStoragePoolLookupByUUIDString, virConnectPtr,
                          virConnectIsValid, VIR_FROM_STORAGE, VIR_ERR_INVALID_CONN,
                          VIR_FROM_STORAGE, owner, conn->driver->storage,
                          virPluginStorageDriver, storagePoolLookupByUUID,
                          "virStoragePoolLookupByUUID")

VIR_DEFINE_REF_FREE(virStorageVol, virStorageVolIsValidHandle, VIR_FROM_STORAGE,
                    VIR_ERR_INVALID_STORAGE_VOL)
VIR_DEFINE_GETTER(const char *, virStorageVolGetName, virStorageVol, virStorageVolIsValidHandle,
                  VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_VOL, obj->name)
VIR_DEFINE_GETTER(const char *, virStorageVolGetKey, virStorageVol, virStorageVolIsValidHandle,
                  VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_VOL, obj->key)
VIR_DEFINE_GETTER(virConnectPtr, virStorageVolGetConnect, virStorageVol,
                  virStorageVolIsValidHandle, VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_VOL,
                  obj->conn)


/* ---- node devices ------------------------------------------------------- */

VIR_DEFINE_REF_FREE(virNodeDevice, virNodeDeviceIsValidHandle, VIR_FROM_NODEDEV,
                    VIR_ERR_INVALID_NODE_DEVICE)
VIR_DEFINE_GETTER(const char *, virNodeDeviceGetName, virNodeDevice, virNodeDeviceIsValidHandle,
                  VIR_FROM_NODEDEV, VIR_ERR_INVALID_NODE_DEVICE, obj->name)


/* ---- secrets ------------------------------------------------------------ */

VIR_DEFINE_REF_FREE(virSecret, virSecretIsValidHandle, VIR_FROM_SECRET, VIR_ERR_INVALID_SECRET)
VIR_DEFINE_GETTER(virConnectPtr, virSecretGetConnect, virSecret, virSecretIsValidHandle,
                  VIR_FROM_SECRET, VIR_ERR_INVALID_SECRET, obj->conn)
VIR_DEFINE_GETTER(const char *, virSecretGetUsageID, virSecret, virSecretIsValidHandle,
                  VIR_FROM_SECRET, VIR_ERR_INVALID_SECRET, obj->usageID)
VIR_DEFINE_UUID_GETTERS(virSecret, virSecretIsValidHandle, VIR_FROM_SECRET,
                        VIR_ERR_INVALID_SECRET, obj->conn)
VIR_DEFINE_LOOKUP_UUIDSTR(virSecretPtr, virSecretLookupByUUIDString, virConnectPtr,
                          virConnectIsValid, VIR_FROM_SECRET, VIR_ERR_INVALID_CONN,
                          VIR_FROM_SECRET, owner, conn->driver->secret,
                          virPluginSecretDriver, secretLookupByUUID, "virSecretLookupByUUID")

int
virSecretGetUsageType(virSecretPtr secret)
{
    VIR_ENTRY_CHECK(virSecretIsValidHandle, secret, VIR_FROM_SECRET, VIR_ERR_INVALID_SECRET, -1);
    return secret->usageType;
}


/* ---- network filters and their bindings --------------------------------- */

VIR_DEFINE_REF_FREE(virNWFilter, virNWFilterIsValidHandle, VIR_FROM_NWFILTER,
                    VIR_ERR_INVALID_NWFILTER)
VIR_DEFINE_GETTER(const char *, virNWFilterGetName, virNWFilter, virNWFilterIsValidHandle,
                  VIR_FROM_NWFILTER, VIR_ERR_INVALID_NWFILTER, obj->name)
VIR_DEFINE_UUID_GETTERS(virNWFilter, virNWFilterIsValidHandle, VIR_FROM_NWFILTER,
                        VIR_ERR_INVALID_NWFILTER, obj->conn)
VIR_DEFINE_LOOKUP_UUIDSTR(virNWFilterPtr, virNWFilterLookupByUUIDString, virConnectPtr,
                          virConnectIsValid, VIR_FROM_NWFILTER, VIR_ERR_INVALID_CONN,
                          VIR_FROM_NWFILTER, owner, conn->driver->nwfilter,
                          virPluginNWFilterDriver, nwfilterLookupByUUID, "virNWFilterLookupByUUID")

VIR_DEFINE_REF_FREE(virNWFilterBinding, virNWFilterBindingIsValidHandle, VIR_FROM_NWFILTER,
                    VIR_ERR_INVALID_NWFILTER_BINDING)
VIR_DEFINE_GETTER(const char *, virNWFilterBindingGetPortDev, virNWFilterBinding,
                  virNWFilterBindingIsValidHandle, VIR_FROM_NWFILTER,
                  VIR_ERR_INVALID_NWFILTER_BINDING, obj->portdev)
VIR_DEFINE_GETTER(const char *, virNWFilterBindingGetFilterName, virNWFilterBinding,
                  virNWFilterBindingIsValidHandle, VIR_FROM_NWFILTER,
                  VIR_ERR_INVALID_NWFILTER_BINDING, obj->filtername)


/* ---- snapshots and checkpoints ------------------------------------------ */

VIR_DEFINE_REF_FREE(virDomainSnapshot, virDomainSnapshotIsValidHandle, VIR_FROM_DOMAIN_SNAPSHOT,
                    VIR_ERR_INVALID_DOMAIN_SNAPSHOT)
VIR_DEFINE_GETTER(const char *, virDomainSnapshotGetName, virDomainSnapshot,
                  virDomainSnapshotIsValidHandle, VIR_FROM_DOMAIN_SNAPSHOT,
                  VIR_ERR_INVALID_DOMAIN_SNAPSHOT, obj->name)
VIR_DEFINE_GETTER(virDomainPtr, virDomainSnapshotGetDomain, virDomainSnapshot,
                  virDomainSnapshotIsValidHandle, VIR_FROM_DOMAIN_SNAPSHOT,
                  VIR_ERR_INVALID_DOMAIN_SNAPSHOT, obj->domain)
VIR_DEFINE_GETTER(virConnectPtr, virDomainSnapshotGetConnect, virDomainSnapshot,
                  virDomainSnapshotIsValidHandle, VIR_FROM_DOMAIN_SNAPSHOT,
                  VIR_ERR_INVALID_DOMAIN_SNAPSHOT, obj->domain->conn)

VIR_DEFINE_REF_FREE(virDomainCheckpoint, virDomainCheckpointIsValidHandle,
                    VIR_FROM_DOMAIN_CHECKPOINT, VIR_ERR_INVALID_DOMAIN_CHECKPOINT)
VIR_DEFINE_GETTER(const char *, virDomainCheckpointGetName, virDomainCheckpoint,
                  virDomainCheckpointIsValidHandle, VIR_FROM_DOMAIN_CHECKPOINT,
                  VIR_ERR_INVALID_DOMAIN_CHECKPOINT, obj->name)
VIR_DEFINE_GETTER(virDomainPtr, virDomainCheckpointGetDomain, virDomainCheckpoint,
                  virDomainCheckpointIsValidHandle, VIR_FROM_DOMAIN_CHECKPOINT,
                  VIR_ERR_INVALID_DOMAIN_CHECKPOINT, obj->domain)
VIR_DEFINE_GETTER(virConnectPtr, virDomainCheckpointGetConnect, virDomainCheckpoint,
                  virDomainCheckpointIsValidHandle, VIR_FROM_DOMAIN_CHECKPOINT,
                  VIR_ERR_INVALID_DOMAIN_CHECKPOINT, obj->domain->conn)


/* ---- structs returned by drivers ---------------------------------------- */

void
virDomainFSInfoFree(virDomainFSInfoPtr info)
{
    size_t i;

    if (!info)
        return;
    g_free(info->mountpoint);
    g_free(info->name);
    g_free(info->fstype);
    for (i = 0; i < info->ndevAlias; i++)
        g_free(info->devAlias[i]);
    g_free(info->devAlias);
    g_free(info);
}

void
virDomainIOThreadInfoFree(virDomainIOThreadInfoPtr info)
{
    if (!info)
        return;
    g_free(info->cpumap);
    g_free(info);
}

void
virDomainInterfaceFree(virDomainInterfacePtr iface)
{
    size_t i;

    if (!iface)
        return;
    g_free(iface->name);
    g_free(iface->hwaddr);
    for (i = 0; i < iface->naddrs; i++)
        g_free(iface->addrs[i].addr);
    g_free(iface->addrs);
    g_free(iface);
}

void
virDomainStatsRecordListFree(virDomainStatsRecordPtr *stats)
{
    virDomainStatsRecordPtr *next;

    if (!stats)
        return;
    for (next = stats; *next; next++) {
        virTypedParamsFree((*next)->params, (*next)->nparams);
        virObjectUnref((*next)->dom);
        g_free(*next);
    }
    g_free(stats);
}

void
virNetworkDHCPLeaseFree(virNetworkDHCPLeasePtr lease)
{
    if (!lease)
        return;
    g_free(lease->iface);
    g_free(lease->mac);
    g_free(lease->iaid);
    g_free(lease->ipaddr);
    g_free(lease->hostname);
    g_free(lease->clientid);
    g_free(lease);
}
