/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * datatypes.h: the objects behind the public handles
 *
 * virConnectPtr, virDomainPtr and the other handles are opaque to
 * applications.  Here they are refcounted virObjects; every object other
 * than a connection holds a reference on the connection (or on its parent
 * object) that it belongs to, so a connection outlives its objects, as in
 * libvirt: virConnectClose() returns the references still left.
 */
#pragma once

#include "internal.h"
#include "virobject.h"
#include "viruri.h"
#include <libvirt/libvirt-plugin.h>

typedef struct _virConnectDriver virConnectDriver;

/* virConnect.flags */
typedef enum {
    VIR_CONNECT_FLAG_RO = 1 << 0,      /* opened read-only */
} virConnectFlag;

struct _virConnect {
    virObject parent;
    GMutex lock;                       /* guards the members below */
    unsigned int flags;                /* virConnectFlag */
    char *uristr;                      /* the URI as the connection reports it */
    virURI *uri;                       /* parsed */
    const virConnectDriver *driver;    /* set once opened; never changes */
    void *privateData;                 /* the driver's */

    virError err;                      /* copy of the last error on this connection */
    virErrorFunc handler;
    void *handlerData;

    virConnectCloseFunc closeCallback;
    void *closeOpaque;
    virFreeCallback closeFreeCallback;
};

struct _virDomain {
    virObject parent;
    virConnectPtr conn;
    char *name;
    int id;
    unsigned char uuid[VIR_UUID_BUFLEN];
};

struct _virNetwork {
    virObject parent;
    virConnectPtr conn;
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
};

struct _virNetworkPort {
    virObject parent;
    virNetworkPtr net;
    unsigned char uuid[VIR_UUID_BUFLEN];
};

struct _virInterface {
    virObject parent;
    virConnectPtr conn;
    char *name;
    char *mac;
};

struct _virStoragePool {
    virObject parent;
    virConnectPtr conn;
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    void *privateData;
    virFreeCallback privateDataFreeFunc;
};

struct _virStorageVol {
    virObject parent;
    virConnectPtr conn;
    char *pool;
    char *name;
    char *key;
    void *privateData;
    virFreeCallback privateDataFreeFunc;
};

struct _virNodeDevice {
    virObject parent;
    virConnectPtr conn;
    char *name;
    char *parentName;
};

struct _virSecret {
    virObject parent;
    virConnectPtr conn;
    unsigned char uuid[VIR_UUID_BUFLEN];
    int usageType;
    char *usageID;
};

struct _virNWFilter {
    virObject parent;
    virConnectPtr conn;
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
};

struct _virNWFilterBinding {
    virObject parent;
    virConnectPtr conn;
    char *portdev;
    char *filtername;
};

struct _virDomainSnapshot {
    virObject parent;
    virDomainPtr domain;
    char *name;
};

struct _virDomainCheckpoint {
    virObject parent;
    virDomainPtr domain;
    char *name;
};

struct _virStream {
    virObject parent;
    virConnectPtr conn;
    unsigned int flags;
    const virPluginStreamDriver *driver;     /* set by the driver that opens the stream */
    void *privateData;
    virFreeCallback privateDataFreeFunc;
};

extern const virClass virConnectClass;
extern const virClass virDomainClass;
extern const virClass virNetworkClass;
extern const virClass virNetworkPortClass;
extern const virClass virInterfaceClass;
extern const virClass virStoragePoolClass;
extern const virClass virStorageVolClass;
extern const virClass virNodeDeviceClass;
extern const virClass virSecretClass;
extern const virClass virNWFilterClass;
extern const virClass virNWFilterBindingClass;
extern const virClass virDomainSnapshotClass;
extern const virClass virDomainCheckpointClass;
extern const virClass virStreamClass;

/* Validity: a live object of the class whose owners are live too. */
bool virConnectIsValid(const void *conn);
bool virDomainIsValidHandle(const void *domain);
bool virNetworkIsValidHandle(const void *net);
bool virNetworkPortIsValidHandle(const void *port);
bool virInterfaceIsValidHandle(const void *iface);
bool virStoragePoolIsValidHandle(const void *pool);
bool virStorageVolIsValidHandle(const void *vol);
bool virNodeDeviceIsValidHandle(const void *dev);
bool virSecretIsValidHandle(const void *secret);
bool virNWFilterIsValidHandle(const void *nwfilter);
bool virNWFilterBindingIsValidHandle(const void *binding);
bool virDomainSnapshotIsValidHandle(const void *snapshot);
bool virDomainCheckpointIsValidHandle(const void *checkpoint);
bool virStreamIsValidHandle(const void *stream);

/* Constructors drivers use to hand objects to applications; NULL on bad input. */
virConnectPtr virConnectNewEmpty(void);
virDomainPtr virGetDomain(virConnectPtr conn, const char *name,
                          const unsigned char *uuid, int id);
virNetworkPtr virGetNetwork(virConnectPtr conn, const char *name, const unsigned char *uuid);
virNetworkPortPtr virGetNetworkPort(virNetworkPtr net, const unsigned char *uuid);
virInterfacePtr virGetInterface(virConnectPtr conn, const char *name, const char *mac);
virStoragePoolPtr virGetStoragePool(virConnectPtr conn, const char *name,
                                    const unsigned char *uuid,
                                    void *privateData, virFreeCallback freeFunc);
virStorageVolPtr virGetStorageVol(virConnectPtr conn, const char *pool, const char *name,
                                  const char *key, void *privateData, virFreeCallback freeFunc);
virNodeDevicePtr virGetNodeDevice(virConnectPtr conn, const char *name);
virSecretPtr virGetSecret(virConnectPtr conn, const unsigned char *uuid,
                          int usageType, const char *usageID);
virNWFilterPtr virGetNWFilter(virConnectPtr conn, const char *name, const unsigned char *uuid);
virNWFilterBindingPtr virGetNWFilterBinding(virConnectPtr conn, const char *portdev,
                                            const char *filtername);
virDomainSnapshotPtr virGetDomainSnapshot(virDomainPtr domain, const char *name);
virDomainCheckpointPtr virGetDomainCheckpoint(virDomainPtr domain, const char *name);

/* Connection helpers (locking inside). */
bool virConnectIsReadOnly(virConnectPtr conn);
void virConnectStoreError(virConnectPtr conn, const virError *err,
                          virErrorFunc *handler, void **handlerData);
virErrorPtr virConnectErrorSlot(virConnectPtr conn);
void virConnectResetError(virConnectPtr conn);
void virConnectSetErrorHandler(virConnectPtr conn, virErrorFunc handler, void *data);
