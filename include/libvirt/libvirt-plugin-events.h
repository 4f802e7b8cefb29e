/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-plugin-events.h: object events (domain, network, storage pool,
 * node device, secret), as plugins see them
 *
 * Applications register callbacks with virConnect*EventRegisterAny() and
 * receive the events from their event loop (virEventRegisterDefaultImpl()
 * or their own).  The core keeps the callbacks and delivers the events; a
 * driver only says what happened.  It fetches the table once in init():
 *
 *     const virPluginEvents *ev =
 *         host->getInterface(ctx, VIR_PLUGIN_INTERFACE_EVENTS, 1);
 *
 * and makes one queue per driver state (all connections that share the
 * state share the queue, so a change made through one connection reaches
 * the callbacks of every other).  Its connect*EventRegisterAny and
 * *DeregisterAny callbacks hand over to registerAny()/deregisterAny(); its
 * operations call the emit functions after the change is made.  Events are
 * queued and delivered later from the application's event loop, never from
 * inside the emitting call, so a driver may emit while holding its locks.
 *
 * Callback identifiers are unique within a queue across every kind of
 * object, as in libvirt; each registration holds a reference on its
 * connection until it is deregistered (virConnectClose() then returns a
 * positive count, as libvirt's does).
 *
 * Conventions: int results are -1 with an error reported; the emit
 * functions cannot fail (an event nobody listens to is dropped); strings
 * and UUIDs passed in are copied.
 */

#ifndef LIBVIRT_PLUGIN_EVENTS_H
#define LIBVIRT_PLUGIN_EVENTS_H

#include <libvirt/libvirt-plugin.h>

#ifdef __cplusplus
extern "C" {
#endif

/* virPluginHost.getInterface() identifier and the newest table version. */
#define VIR_PLUGIN_INTERFACE_EVENTS 2
#define VIR_PLUGIN_EVENTS_VERSION 1

typedef struct _virPluginEventQueue virPluginEventQueue;

/* The kind of object a registration is about. */
typedef enum {
    VIR_PLUGIN_EVENT_DOMAIN = 0,        /* virDomainEventID */
    VIR_PLUGIN_EVENT_NETWORK = 1,       /* virNetworkEventID */
    VIR_PLUGIN_EVENT_STORAGE_POOL = 2,  /* virStoragePoolEventID */
    VIR_PLUGIN_EVENT_NODE_DEVICE = 3,   /* virNodeDeviceEventID */
    VIR_PLUGIN_EVENT_SECRET = 4,        /* virSecretEventID */
} virPluginEventFamily;

typedef struct _virPluginEvents virPluginEvents;
struct _virPluginEvents {
    virPluginStructHeader hdr;
    uint32_t version;                   /* VIR_PLUGIN_EVENTS_VERSION of the core */

    /* a queue and its end; queueFree() drops what is pending and every
     * registration (calling the applications' free callbacks) */
    virPluginEventQueue *(*queueNew)(virPluginContext *ctx);                        /* 1 */
    void (*queueFree)(virPluginEventQueue *queue);                                  /* 1 */

    /* registration of what the public entry point accepted (an eventID in
     * the family's range; obj -- a virDomainPtr, virNetworkPtr, ... or
     * NULL for every object -- of the same connection); refuses the same
     * callback twice for the same event and object on one connection.
     * Returns the callback identifier. */
    int (*registerAny)(virPluginEventQueue *queue, virConnectPtr conn,
                       virPluginEventFamily family, void *obj, int eventID,
                       void (*cb)(void), void *opaque, virFreeCallback freecb);    /* 1 */
    /* any family's identifier, registered on this connection */
    int (*deregisterAny)(virPluginEventQueue *queue, virConnectPtr conn,
                         int callbackID);                                           /* 1 */
    /* virConnectDomainEventRegister()/Deregister(): lifecycle events of
     * every domain, identified by the callback function */
    int (*domainRegister)(virPluginEventQueue *queue, virConnectPtr conn,
                          virConnectDomainEventCallback cb, void *opaque,
                          virFreeCallback freecb);                                  /* 1 */
    int (*domainDeregister)(virPluginEventQueue *queue, virConnectPtr conn,
                            virConnectDomainEventCallback cb);                      /* 1 */

    /* events; a domain is named by name, UUID and id (-1 when inactive) */
    void (*domainLifecycle)(virPluginEventQueue *queue, const char *name,
                            const unsigned char *uuid, int id,
                            int event, int detail);                                 /* 1 */
    void (*domainReboot)(virPluginEventQueue *queue, const char *name,
                         const unsigned char *uuid, int id);                        /* 1 */
    void (*domainMetadataChange)(virPluginEventQueue *queue, const char *name,
                                 const unsigned char *uuid, int id,
                                 int type, const char *nsuri);                      /* 1 */
    void (*networkLifecycle)(virPluginEventQueue *queue, const char *name,
                             const unsigned char *uuid, int event, int detail);    /* 1 */
    void (*storagePoolLifecycle)(virPluginEventQueue *queue, const char *name,
                                 const unsigned char *uuid, int event, int detail); /* 1 */
    void (*storagePoolRefresh)(virPluginEventQueue *queue, const char *name,
                               const unsigned char *uuid);                          /* 1 */
    /* new members only below this line, with a version bump */
};

#ifdef __cplusplus
}
#endif

#endif /* LIBVIRT_PLUGIN_EVENTS_H */
