/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * datatypes.c: classes, constructors and validity checks of the handles
 */
#include <config.h>

#include "datatypes.h"
#include "virerror.h"
#include "virdriver.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static void virConnectDispose(void *obj);
static void virDomainDispose(void *obj);
static void virNetworkDispose(void *obj);
static void virNetworkPortDispose(void *obj);
static void virInterfaceDispose(void *obj);
static void virStoragePoolDispose(void *obj);
static void virStorageVolDispose(void *obj);
static void virNodeDeviceDispose(void *obj);
static void virSecretDispose(void *obj);
static void virNWFilterDispose(void *obj);
static void virNWFilterBindingDispose(void *obj);
static void virDomainSnapshotDispose(void *obj);
static void virDomainCheckpointDispose(void *obj);
static void virStreamDispose(void *obj);

#define VIR_DEFINE_CLASS(type, magicval) \
    const virClass type ## Class = { #type, magicval, sizeof(struct _ ## type), type ## Dispose }

VIR_DEFINE_CLASS(virConnect, 0x56c0e001);
VIR_DEFINE_CLASS(virDomain, 0x56c0e002);
VIR_DEFINE_CLASS(virNetwork, 0x56c0e003);
VIR_DEFINE_CLASS(virNetworkPort, 0x56c0e004);
VIR_DEFINE_CLASS(virInterface, 0x56c0e005);
VIR_DEFINE_CLASS(virStoragePool, 0x56c0e006);
VIR_DEFINE_CLASS(virStorageVol, 0x56c0e007);
VIR_DEFINE_CLASS(virNodeDevice, 0x56c0e008);
VIR_DEFINE_CLASS(virSecret, 0x56c0e009);
VIR_DEFINE_CLASS(virNWFilter, 0x56c0e00a);
VIR_DEFINE_CLASS(virNWFilterBinding, 0x56c0e00b);
VIR_DEFINE_CLASS(virDomainSnapshot, 0x56c0e00c);
VIR_DEFINE_CLASS(virDomainCheckpoint, 0x56c0e00d);
VIR_DEFINE_CLASS(virStream, 0x56c0e00e);


/* ---- validity ---------------------------------------------------------- */

bool
virConnectIsValid(const void *conn)
{
    return virObjectIsClass(conn, &virConnectClass);
}

#define VIR_DEFINE_VALID(func, type, owner, ownercheck) \
    bool \
    func(const void *obj) \
    { \
        const struct _ ## type *o = obj; \
        return virObjectIsClass(o, &type ## Class) && ownercheck(o->owner); \
    }

VIR_DEFINE_VALID(virDomainIsValidHandle, virDomain, conn, virConnectIsValid)
VIR_DEFINE_VALID(virNetworkIsValidHandle, virNetwork, conn, virConnectIsValid)
VIR_DEFINE_VALID(virNetworkPortIsValidHandle, virNetworkPort, net, virNetworkIsValidHandle)
VIR_DEFINE_VALID(virInterfaceIsValidHandle, virInterface, conn, virConnectIsValid)
VIR_DEFINE_VALID(virStoragePoolIsValidHandle, virStoragePool, conn, virConnectIsValid)
VIR_DEFINE_VALID(virStorageVolIsValidHandle, virStorageVol, conn, virConnectIsValid)
VIR_DEFINE_VALID(virNodeDeviceIsValidHandle, virNodeDevice, conn, virConnectIsValid)
VIR_DEFINE_VALID(virSecretIsValidHandle, virSecret, conn, virConnectIsValid)
VIR_DEFINE_VALID(virNWFilterIsValidHandle, virNWFilter, conn, virConnectIsValid)
VIR_DEFINE_VALID(virNWFilterBindingIsValidHandle, virNWFilterBinding, conn, virConnectIsValid)
VIR_DEFINE_VALID(virDomainSnapshotIsValidHandle, virDomainSnapshot, domain, virDomainIsValidHandle)
VIR_DEFINE_VALID(virDomainCheckpointIsValidHandle, virDomainCheckpoint, domain, virDomainIsValidHandle)
VIR_DEFINE_VALID(virStreamIsValidHandle, virStream, conn, virConnectIsValid)


/* ---- connection -------------------------------------------------------- */

/**
 * virConnectNewEmpty:
 *
 * Returns a new connection object with no driver, holding one reference.
 */
virConnectPtr
virConnectNewEmpty(void)
{
    virConnectPtr conn = virObjectNew(&virConnectClass);

    g_mutex_init(&conn->lock);
    return conn;
}

static void
virConnectDispose(void *obj)
{
    virConnectPtr conn = obj;

    virConnectDriverCloseInternal(conn);
    if (conn->closeFreeCallback)
        conn->closeFreeCallback(conn->closeOpaque);
    virResetError(&conn->err);
    virURIFree(conn->uri);
    g_free(conn->uristr);
    g_mutex_clear(&conn->lock);
}

bool
virConnectIsReadOnly(virConnectPtr conn)
{
    return (conn->flags & VIR_CONNECT_FLAG_RO) != 0;
}

/**
 * virConnectStoreError:
 * @conn: a valid connection
 * @err: the error to keep as the connection's last error
 * @handler: set to the connection's error callback (may be NULL)
 * @handlerData: set to that callback's data
 */
void
virConnectStoreError(virConnectPtr conn, const virError *err,
                     virErrorFunc *handler, void **handlerData)
{
    g_mutex_lock(&conn->lock);
    virErrorCopy(err, &conn->err);
    *handler = conn->handler;
    *handlerData = conn->handlerData;
    g_mutex_unlock(&conn->lock);
}

/**
 * virConnectErrorSlot:
 * @conn: a valid connection
 *
 * Returns the connection's last error, or NULL if it has none.  Like
 * libvirt's, this pointer is not protected against other threads.
 */
virErrorPtr
virConnectErrorSlot(virConnectPtr conn)
{
    return conn->err.code == VIR_ERR_OK ? NULL : &conn->err;
}

void
virConnectResetError(virConnectPtr conn)
{
    g_mutex_lock(&conn->lock);
    virResetError(&conn->err);
    g_mutex_unlock(&conn->lock);
}

void
virConnectSetErrorHandler(virConnectPtr conn, virErrorFunc handler, void *data)
{
    g_mutex_lock(&conn->lock);
    conn->handler = handler;
    conn->handlerData = data;
    g_mutex_unlock(&conn->lock);
}


/* ---- objects of a connection -------------------------------------------- */

static bool
virCheckOwnerConn(virConnectPtr conn, const char *func)
{
    if (!virConnectIsValid(conn)) {
        virReportInvalidHandle(VIR_FROM_THIS, VIR_ERR_INVALID_CONN, func);
        return false;
    }
    return true;
}

static bool
virCheckNonNull(const void *ptr, const char *argname, const char *func)
{
    if (!ptr) {
        virReportInvalidNonNullArg(VIR_FROM_THIS, func, argname);
        return false;
    }
    return true;
}

/* Copies @str to *@tail, which it advances: strings that live in the
 * handle's own allocation (virObjectNewExtra), freed with it. */
static char *
virHandleString(char **tail, const char *str)
{
    size_t len = strlen(str) + 1;
    char *copy = memcpy(*tail, str, len);

    *tail += len;
    return copy;
}

/**
 * virGetDomain:
 * @conn: the connection the domain belongs to
 * @name: its name (copied)
 * @uuid: its raw UUID, VIR_UUID_BUFLEN bytes (copied)
 * @id: its ID, or -1 when inactive
 *
 * Returns a new domain handle holding a reference on @conn, or NULL with an
 * error reported on bad input.
 */
virDomainPtr
virGetDomain(virConnectPtr conn, const char *name, const unsigned char *uuid, int id)
{
    virDomainPtr dom;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(name, "name", __func__) ||
        !virCheckNonNull(uuid, "uuid", __func__))
        return NULL;
    dom = virObjectNewExtra(&virDomainClass, strlen(name) + 1, (void **)&tail);
    dom->conn = virObjectRef(conn);
    dom->name = virHandleString(&tail, name);
    dom->id = id;
    memcpy(dom->uuid, uuid, VIR_UUID_BUFLEN);
    return dom;
}

static void
virDomainDispose(void *obj)
{
    virDomainPtr dom = obj;

    virObjectUnref(dom->conn);
}

/**
 * virGetNetwork:
 * @conn: the connection
 * @name: network name (copied)
 * @uuid: raw UUID (copied)
 *
 * Returns a new network handle, or NULL with an error reported.
 */
virNetworkPtr
virGetNetwork(virConnectPtr conn, const char *name, const unsigned char *uuid)
{
    virNetworkPtr net;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(name, "name", __func__) ||
        !virCheckNonNull(uuid, "uuid", __func__))
        return NULL;
    net = virObjectNewExtra(&virNetworkClass, strlen(name) + 1, (void **)&tail);
    net->conn = virObjectRef(conn);
    net->name = virHandleString(&tail, name);
    memcpy(net->uuid, uuid, VIR_UUID_BUFLEN);
    return net;
}

static void
virNetworkDispose(void *obj)
{
    virNetworkPtr net = obj;

    virObjectUnref(net->conn);
}

/**
 * virGetNetworkPort:
 * @net: the network the port belongs to
 * @uuid: raw UUID of the port (copied)
 *
 * Returns a new port handle holding a reference on @net, or NULL.
 */
virNetworkPortPtr
virGetNetworkPort(virNetworkPtr net, const unsigned char *uuid)
{
    virNetworkPortPtr port;

    if (!virNetworkIsValidHandle(net)) {
        virReportInvalidHandle(VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK, __func__);
        return NULL;
    }
    if (!virCheckNonNull(uuid, "uuid", __func__))
        return NULL;
    port = virObjectNew(&virNetworkPortClass);
    port->net = virObjectRef(net);
    memcpy(port->uuid, uuid, VIR_UUID_BUFLEN);
    return port;
}

static void
virNetworkPortDispose(void *obj)
{
    virNetworkPortPtr port = obj;

    virObjectUnref(port->net);
}

/**
 * virGetInterface:
 * @conn: the connection
 * @name: interface name (copied)
 * @mac: MAC address string (copied; NULL for none)
 *
 * Returns a new interface handle, or NULL with an error reported.
 */
virInterfacePtr
virGetInterface(virConnectPtr conn, const char *name, const char *mac)
{
    virInterfacePtr iface;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(name, "name", __func__))
        return NULL;
    if (!mac)
        mac = "";
    iface = virObjectNewExtra(&virInterfaceClass, strlen(name) + strlen(mac) + 2,
                              (void **)&tail);
    iface->conn = virObjectRef(conn);
    iface->name = virHandleString(&tail, name);
    iface->mac = virHandleString(&tail, mac);
    return iface;
}

static void
virInterfaceDispose(void *obj)
{
    virInterfacePtr iface = obj;

    virObjectUnref(iface->conn);
}

/**
 * virGetStoragePool:
 * @conn: the connection
 * @name: pool name (copied)
 * @uuid: raw UUID (copied)
 * @privateData: driver data kept with the handle, or NULL
 * @freeFunc: releases @privateData when the handle goes, or NULL
 *
 * Returns a new pool handle, or NULL with an error reported.
 */
virStoragePoolPtr
virGetStoragePool(virConnectPtr conn, const char *name, const unsigned char *uuid,
                  void *privateData, virFreeCallback freeFunc)
{
    virStoragePoolPtr pool;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(name, "name", __func__) ||
        !virCheckNonNull(uuid, "uuid", __func__))
        return NULL;
    pool = virObjectNewExtra(&virStoragePoolClass, strlen(name) + 1, (void **)&tail);
    pool->conn = virObjectRef(conn);
    pool->name = virHandleString(&tail, name);
    memcpy(pool->uuid, uuid, VIR_UUID_BUFLEN);
    pool->privateData = privateData;
    pool->privateDataFreeFunc = freeFunc;
    return pool;
}

static void
virStoragePoolDispose(void *obj)
{
    virStoragePoolPtr pool = obj;

    if (pool->privateDataFreeFunc)
        pool->privateDataFreeFunc(pool->privateData);
    virObjectUnref(pool->conn);
}

/**
 * virGetStorageVol:
 * @conn: the connection
 * @pool: name of the pool holding the volume (copied)
 * @name: volume name (copied)
 * @key: volume key (copied)
 * @privateData: driver data kept with the handle, or NULL
 * @freeFunc: releases @privateData, or NULL
 *
 * Returns a new volume handle, or NULL with an error reported.
 */
virStorageVolPtr
virGetStorageVol(virConnectPtr conn, const char *pool, const char *name, const char *key,
                 void *privateData, virFreeCallback freeFunc)
{
    virStorageVolPtr vol;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(pool, "pool", __func__) ||
        !virCheckNonNull(name, "name", __func__) || !virCheckNonNull(key, "key", __func__))
        return NULL;
    vol = virObjectNewExtra(&virStorageVolClass,
                            strlen(pool) + strlen(name) + strlen(key) + 3, (void **)&tail);
    vol->conn = virObjectRef(conn);
    vol->pool = virHandleString(&tail, pool);
    vol->name = virHandleString(&tail, name);
    vol->key = virHandleString(&tail, key);
    vol->privateData = privateData;
    vol->privateDataFreeFunc = freeFunc;
    return vol;
}

static void
virStorageVolDispose(void *obj)
{
    virStorageVolPtr vol = obj;

    if (vol->privateDataFreeFunc)
        vol->privateDataFreeFunc(vol->privateData);
    virObjectUnref(vol->conn);
}

/**
 * virGetNodeDevice:
 * @conn: the connection
 * @name: device name (copied)
 *
 * Returns a new node device handle, or NULL with an error reported.
 */
virNodeDevicePtr
virGetNodeDevice(virConnectPtr conn, const char *name)
{
    virNodeDevicePtr dev;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(name, "name", __func__))
        return NULL;
    dev = virObjectNewExtra(&virNodeDeviceClass, strlen(name) + 1, (void **)&tail);
    dev->conn = virObjectRef(conn);
    dev->name = virHandleString(&tail, name);
    return dev;
}

static void
virNodeDeviceDispose(void *obj)
{
    virNodeDevicePtr dev = obj;

    g_free(dev->parentName);
    virObjectUnref(dev->conn);
}

/**
 * virGetSecret:
 * @conn: the connection
 * @uuid: raw UUID (copied)
 * @usageType: virSecretUsageType
 * @usageID: usage identifier (copied; NULL for none)
 *
 * Returns a new secret handle, or NULL with an error reported.
 */
virSecretPtr
virGetSecret(virConnectPtr conn, const unsigned char *uuid, int usageType, const char *usageID)
{
    virSecretPtr secret;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(uuid, "uuid", __func__))
        return NULL;
    if (!usageID)
        usageID = "";
    secret = virObjectNewExtra(&virSecretClass, strlen(usageID) + 1, (void **)&tail);
    secret->conn = virObjectRef(conn);
    memcpy(secret->uuid, uuid, VIR_UUID_BUFLEN);
    secret->usageType = usageType;
    secret->usageID = virHandleString(&tail, usageID);
    return secret;
}

static void
virSecretDispose(void *obj)
{
    virSecretPtr secret = obj;

    virObjectUnref(secret->conn);
}

/**
 * virGetNWFilter:
 * @conn: the connection
 * @name: filter name (copied)
 * @uuid: raw UUID (copied)
 *
 * Returns a new network filter handle, or NULL with an error reported.
 */
virNWFilterPtr
virGetNWFilter(virConnectPtr conn, const char *name, const unsigned char *uuid)
{
    virNWFilterPtr filter;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(name, "name", __func__) ||
        !virCheckNonNull(uuid, "uuid", __func__))
        return NULL;
    filter = virObjectNewExtra(&virNWFilterClass, strlen(name) + 1, (void **)&tail);
    filter->conn = virObjectRef(conn);
    filter->name = virHandleString(&tail, name);
    memcpy(filter->uuid, uuid, VIR_UUID_BUFLEN);
    return filter;
}

static void
virNWFilterDispose(void *obj)
{
    virNWFilterPtr filter = obj;

    virObjectUnref(filter->conn);
}

/**
 * virGetNWFilterBinding:
 * @conn: the connection
 * @portdev: host port device name (copied)
 * @filtername: name of the bound filter (copied)
 *
 * Returns a new binding handle, or NULL with an error reported.
 */
virNWFilterBindingPtr
virGetNWFilterBinding(virConnectPtr conn, const char *portdev, const char *filtername)
{
    virNWFilterBindingPtr binding;
    char *tail;

    if (!virCheckOwnerConn(conn, __func__) || !virCheckNonNull(portdev, "portdev", __func__) ||
        !virCheckNonNull(filtername, "filtername", __func__))
        return NULL;
    binding = virObjectNewExtra(&virNWFilterBindingClass,
                                strlen(portdev) + strlen(filtername) + 2, (void **)&tail);
    binding->conn = virObjectRef(conn);
    binding->portdev = virHandleString(&tail, portdev);
    binding->filtername = virHandleString(&tail, filtername);
    return binding;
}

static void
virNWFilterBindingDispose(void *obj)
{
    virNWFilterBindingPtr binding = obj;

    virObjectUnref(binding->conn);
}

/**
 * virGetDomainSnapshot:
 * @domain: the domain the snapshot belongs to
 * @name: snapshot name (copied)
 *
 * Returns a new snapshot handle holding a reference on @domain, or NULL.
 */
virDomainSnapshotPtr
virGetDomainSnapshot(virDomainPtr domain, const char *name)
{
    virDomainSnapshotPtr snap;
    char *tail;

    if (!virDomainIsValidHandle(domain)) {
        virReportInvalidHandle(VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN, __func__);
        return NULL;
    }
    if (!virCheckNonNull(name, "name", __func__))
        return NULL;
    snap = virObjectNewExtra(&virDomainSnapshotClass, strlen(name) + 1, (void **)&tail);
    snap->domain = virObjectRef(domain);
    snap->name = virHandleString(&tail, name);
    return snap;
}

static void
virDomainSnapshotDispose(void *obj)
{
    virDomainSnapshotPtr snap = obj;

    virObjectUnref(snap->domain);
}

/**
 * virGetDomainCheckpoint:
 * @domain: the domain the checkpoint belongs to
 * @name: checkpoint name (copied)
 *
 * Returns a new checkpoint handle holding a reference on @domain, or NULL.
 */
virDomainCheckpointPtr
virGetDomainCheckpoint(virDomainPtr domain, const char *name)
{
    virDomainCheckpointPtr chk;
    char *tail;

    if (!virDomainIsValidHandle(domain)) {
        virReportInvalidHandle(VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN, __func__);
        return NULL;
    }
    if (!virCheckNonNull(name, "name", __func__))
        return NULL;
    chk = virObjectNewExtra(&virDomainCheckpointClass, strlen(name) + 1, (void **)&tail);
    chk->domain = virObjectRef(domain);
    chk->name = virHandleString(&tail, name);
    return chk;
}

static void
virDomainCheckpointDispose(void *obj)
{
    virDomainCheckpointPtr chk = obj;

    virObjectUnref(chk->domain);
}

static void
virStreamDispose(void *obj)
{
    virStreamPtr st = obj;

    if (st->privateDataFreeFunc)
        st->privateDataFreeFunc(st->privateData);
    virObjectUnref(st->conn);
}
