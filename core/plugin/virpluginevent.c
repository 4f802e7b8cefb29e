/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginevent.c: the event queues drivers hand their events to
 *
 * One queue per driver state keeps the applications' callbacks and the
 * events not yet delivered.  Delivery runs from a timer of the
 * application's event loop: an emit appends the event and arms the timer
 * (timeout 0); the timer takes the whole batch and calls every matching
 * callback with the queue unlocked, so a callback may call back into the
 * API, register, deregister or close connections.  Registrations dropped
 * during a delivery are only marked, and freed once it ends.
 *
 * The timer exists while the queue has registrations, as libvirt's does:
 * the first registration creates it (and fails, as libvirt's, when the
 * application registered no event loop) and events emitted while nobody
 * listens are dropped at once.
 */
#include <config.h>

#define VIR_ENUM_SENTINELS

#include <libvirt/libvirt-plugin-events.h>

#include "virplugin.h"
#include "datatypes.h"
#include "virerror.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_NONE

typedef struct {
    int id;
    virConnectPtr conn;                /* one reference, until freed */
    virPluginEventFamily family;
    int eventID;
    bool legacy;                       /* virConnectDomainEventRegister() */
    char *key;                         /* the object filter (UUID or name), or NULL */
    void (*cb)(void);
    void *opaque;
    virFreeCallback freecb;
    bool deleted;
} virPluginEventCallback;

typedef struct {
    virPluginEventFamily family;
    int eventID;
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    char *key;                         /* UUID text (name for node devices) */
    int id;                            /* domains */
    int arg1;                          /* event, or metadata type */
    int arg2;                          /* detail */
    char *str;                         /* metadata namespace URI */
} virPluginEvent;

struct _virPluginEventQueue {
    GMutex lock;
    GPtrArray *callbacks;              /* virPluginEventCallback *, in registration order */
    GPtrArray *pending;                /* virPluginEvent * */
    int nextID;
    int timer;                         /* -1: nobody listens */
    bool dispatching;
};

static void
virPluginEventCallbackFree(virPluginEventCallback *cb)
{
    if (!cb)
        return;
    if (cb->freecb)
        cb->freecb(cb->opaque);
    virObjectUnref(cb->conn);
    g_free(cb->key);
    g_free(cb);
}

static void
virPluginEventFree(virPluginEvent *ev)
{
    if (!ev)
        return;
    g_free(ev->name);
    g_free(ev->key);
    g_free(ev->str);
    g_free(ev);
}

/* the handle a callback on @conn receives; NULL if it cannot be made */
static void *
virPluginEventNewHandle(virConnectPtr conn, const virPluginEvent *ev)
{
    switch (ev->family) {
    case VIR_PLUGIN_EVENT_DOMAIN:
        return virGetDomain(conn, ev->name, ev->uuid, ev->id);
    case VIR_PLUGIN_EVENT_NETWORK:
        return virGetNetwork(conn, ev->name, ev->uuid);
    case VIR_PLUGIN_EVENT_STORAGE_POOL:
        return virGetStoragePool(conn, ev->name, ev->uuid, NULL, NULL);
    case VIR_PLUGIN_EVENT_NODE_DEVICE:
    case VIR_PLUGIN_EVENT_SECRET:
        break;
    }
    return NULL;
}

/* calls @cb with @ev, the queue unlocked */
static void
virPluginEventCall(const virPluginEventCallback *cb, const virPluginEvent *ev)
{
    void *handle = virPluginEventNewHandle(cb->conn, ev);

    if (!handle) {
        virResetLastError();
        return;
    }

    if (cb->legacy) {
        ((virConnectDomainEventCallback) cb->cb)(cb->conn, handle, ev->arg1, ev->arg2,
                                                 cb->opaque);
    } else if (ev->family == VIR_PLUGIN_EVENT_DOMAIN) {
        switch (ev->eventID) {
        case VIR_DOMAIN_EVENT_ID_LIFECYCLE:
            ((virConnectDomainEventCallback) cb->cb)(cb->conn, handle, ev->arg1, ev->arg2,
                                                     cb->opaque);
            break;
        case VIR_DOMAIN_EVENT_ID_REBOOT:
            ((virConnectDomainEventGenericCallback) cb->cb)(cb->conn, handle, cb->opaque);
            break;
        case VIR_DOMAIN_EVENT_ID_METADATA_CHANGE:
            ((virConnectDomainEventMetadataChangeCallback) cb->cb)(cb->conn, handle,
                                                                   ev->arg1, ev->str,
                                                                   cb->opaque);
            break;
        }
    } else if (ev->family == VIR_PLUGIN_EVENT_NETWORK) {
        ((virConnectNetworkEventLifecycleCallback) cb->cb)(cb->conn, handle, ev->arg1,
                                                           ev->arg2, cb->opaque);
    } else if (ev->family == VIR_PLUGIN_EVENT_STORAGE_POOL) {
        if (ev->eventID == VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE)
            ((virConnectStoragePoolEventLifecycleCallback) cb->cb)(cb->conn, handle,
                                                                   ev->arg1, ev->arg2,
                                                                   cb->opaque);
        else
            ((virConnectStoragePoolEventGenericCallback) cb->cb)(cb->conn, handle,
                                                                 cb->opaque);
    }
    virObjectUnref(handle);
}

static bool
virPluginEventMatches(const virPluginEventCallback *cb, const virPluginEvent *ev)
{
    if (cb->deleted || cb->family != ev->family || cb->eventID != ev->eventID)
        return false;
    return !cb->key || g_str_equal(cb->key, ev->key);
}

/* removes the marked registrations; the caller frees what it gets back
 * once the queue is unlocked (a free callback may close the connection
 * that owns the queue) */
static GPtrArray *
virPluginEventPurgeLocked(virPluginEventQueue *queue)
{
    GPtrArray *dead = g_ptr_array_new_with_free_func((GDestroyNotify) virPluginEventCallbackFree);
    size_t i = 0;

    while (i < queue->callbacks->len) {
        virPluginEventCallback *cb = g_ptr_array_index(queue->callbacks, i);

        if (cb->deleted)
            g_ptr_array_add(dead, g_ptr_array_steal_index(queue->callbacks, i));
        else
            i++;
    }
    if (queue->callbacks->len == 0 && queue->timer >= 0) {
        virEventRemoveTimeout(queue->timer);
        queue->timer = -1;
        g_ptr_array_set_size(queue->pending, 0);
    }
    return dead;
}

static void
virPluginEventDispatch(int timer G_GNUC_UNUSED, void *opaque)
{
    virPluginEventQueue *queue = opaque;
    g_autoptr(GPtrArray) batch = NULL;
    g_autoptr(GPtrArray) dead = NULL;
    size_t i;
    size_t j;

    g_mutex_lock(&queue->lock);
    if (queue->dispatching || queue->pending->len == 0) {
        g_mutex_unlock(&queue->lock);
        return;
    }
    virEventUpdateTimeout(queue->timer, -1);
    batch = g_steal_pointer(&queue->pending);
    queue->pending = g_ptr_array_new_with_free_func((GDestroyNotify) virPluginEventFree);
    queue->dispatching = true;

    for (i = 0; i < batch->len; i++) {
        const virPluginEvent *ev = g_ptr_array_index(batch, i);
        guint n = queue->callbacks->len;

        /* registrations made by a callback join in at the next event (new
         * ones go to the end; nothing is removed while dispatching) */
        for (j = 0; j < n; j++) {
            virPluginEventCallback *cb = g_ptr_array_index(queue->callbacks, j);

            if (!virPluginEventMatches(cb, ev))
                continue;
            g_mutex_unlock(&queue->lock);
            virPluginEventCall(cb, ev);
            g_mutex_lock(&queue->lock);
        }
    }

    queue->dispatching = false;
    if (queue->pending->len > 0 && queue->timer >= 0)
        virEventUpdateTimeout(queue->timer, 0);
    dead = virPluginEventPurgeLocked(queue);
    g_mutex_unlock(&queue->lock);
}

static virPluginEventQueue *
virPluginEventQueueNew(virPluginContext *ctx G_GNUC_UNUSED)
{
    virPluginEventQueue *queue = g_new0(virPluginEventQueue, 1);

    g_mutex_init(&queue->lock);
    queue->callbacks = g_ptr_array_new_with_free_func((GDestroyNotify) virPluginEventCallbackFree);
    queue->pending = g_ptr_array_new_with_free_func((GDestroyNotify) virPluginEventFree);
    queue->timer = -1;
    return queue;
}

static void
virPluginEventQueueFree(virPluginEventQueue *queue)
{
    if (!queue)
        return;
    if (queue->timer >= 0)
        virEventRemoveTimeout(queue->timer);
    g_ptr_array_unref(queue->pending);
    g_ptr_array_unref(queue->callbacks);
    g_mutex_clear(&queue->lock);
    g_free(queue);
}

/* the key @obj (checked by the public entry point) filters on */
static char *
virPluginEventObjectKey(virPluginEventFamily family, void *obj)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    switch (family) {
    case VIR_PLUGIN_EVENT_DOMAIN:
        return g_strdup(virUUIDFormat(((virDomainPtr) obj)->uuid, uuidstr));
    case VIR_PLUGIN_EVENT_NETWORK:
        return g_strdup(virUUIDFormat(((virNetworkPtr) obj)->uuid, uuidstr));
    case VIR_PLUGIN_EVENT_STORAGE_POOL:
        return g_strdup(virUUIDFormat(((virStoragePoolPtr) obj)->uuid, uuidstr));
    case VIR_PLUGIN_EVENT_NODE_DEVICE:
        return g_strdup(((virNodeDevicePtr) obj)->name);
    case VIR_PLUGIN_EVENT_SECRET:
        return g_strdup(virUUIDFormat(((virSecretPtr) obj)->uuid, uuidstr));
    }
    return NULL;
}

/* the timer, created with the first registration; the queue locked */
static int
virPluginEventEnsureTimerLocked(virPluginEventQueue *queue)
{
    if (queue->timer >= 0)
        return 0;
    queue->timer = virEventAddTimeout(-1, virPluginEventDispatch, queue, NULL);
    if (queue->timer < 0) {
        virResetLastError();
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("could not initialize domain event timer"));
        return -1;
    }
    return 0;
}

/* registers @cb, after the caller's checks; the queue locked */
static int
virPluginEventAddLocked(virPluginEventQueue *queue, virConnectPtr conn,
                        virPluginEventFamily family, int eventID, bool legacy,
                        char *key, void (*func)(void), void *opaque,
                        virFreeCallback freecb)
{
    virPluginEventCallback *cb;
    size_t i;

    for (i = 0; i < queue->callbacks->len; i++) {
        const virPluginEventCallback *old = g_ptr_array_index(queue->callbacks, i);

        if (!old->deleted && old->conn == conn && old->cb == func &&
            old->family == family && old->eventID == eventID && old->legacy == legacy &&
            g_strcmp0(old->key, key) == 0) {
            g_free(key);
            virReportError(VIR_ERR_INVALID_ARG, "%s", _("event callback already tracked"));
            return -1;
        }
    }
    if (virPluginEventEnsureTimerLocked(queue) < 0) {
        g_free(key);
        return -1;
    }

    cb = g_new0(virPluginEventCallback, 1);
    cb->id = queue->nextID++;
    cb->conn = virObjectRef(conn);
    cb->family = family;
    cb->eventID = eventID;
    cb->legacy = legacy;
    cb->key = key;
    cb->cb = func;
    cb->opaque = opaque;
    cb->freecb = freecb;
    g_ptr_array_add(queue->callbacks, cb);
    return cb->id;
}

static int
virPluginEventRegisterAny(virPluginEventQueue *queue, virConnectPtr conn,
                          virPluginEventFamily family, void *obj, int eventID,
                          void (*func)(void), void *opaque, virFreeCallback freecb)
{
    int ret;

    /* the public entry point checked eventID and obj (virapicheck.c) */
    if ((unsigned int) family > VIR_PLUGIN_EVENT_SECRET) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown event family %1$d"), family);
        return -1;
    }

    g_mutex_lock(&queue->lock);
    ret = virPluginEventAddLocked(queue, conn, family, eventID, false,
                                  obj ? virPluginEventObjectKey(family, obj) : NULL,
                                  func, opaque, freecb);
    g_mutex_unlock(&queue->lock);
    return ret;
}

/* marks the first live registration @match accepts as deleted, and
 * purges at once unless a delivery is running; -1 if none matched */
static int
virPluginEventRemove(virPluginEventQueue *queue,
                     bool (*match)(const virPluginEventCallback *cb, const void *data),
                     const void *data)
{
    g_autoptr(GPtrArray) dead = NULL;
    size_t i;
    int ret = -1;

    g_mutex_lock(&queue->lock);
    for (i = 0; i < queue->callbacks->len; i++) {
        virPluginEventCallback *cb = g_ptr_array_index(queue->callbacks, i);

        if (!cb->deleted && match(cb, data)) {
            cb->deleted = true;
            ret = 0;
            break;
        }
    }
    if (ret == 0 && !queue->dispatching)
        dead = virPluginEventPurgeLocked(queue);
    g_mutex_unlock(&queue->lock);
    return ret;
}

typedef struct {
    virConnectPtr conn;
    int id;
    virConnectDomainEventCallback func;
} virPluginEventKey;

static bool
virPluginEventMatchID(const virPluginEventCallback *cb, const void *data)
{
    const virPluginEventKey *k = data;

    return cb->conn == k->conn && cb->id == k->id;
}

static bool
virPluginEventMatchLegacy(const virPluginEventCallback *cb, const void *data)
{
    const virPluginEventKey *k = data;

    return cb->legacy && cb->conn == k->conn && cb->cb == (void (*)(void)) k->func;
}

static int
virPluginEventDeregisterAny(virPluginEventQueue *queue, virConnectPtr conn, int callbackID)
{
    virPluginEventKey k = { .conn = conn, .id = callbackID };

    if (virPluginEventRemove(queue, virPluginEventMatchID, &k) < 0) {
        virReportError(VIR_ERR_INVALID_ARG,
                       _("could not find event callback %1$d for deletion"), callbackID);
        return -1;
    }
    return 0;
}

static int
virPluginEventDomainRegister(virPluginEventQueue *queue, virConnectPtr conn,
                             virConnectDomainEventCallback func, void *opaque,
                             virFreeCallback freecb)
{
    int ret;

    g_mutex_lock(&queue->lock);
    ret = virPluginEventAddLocked(queue, conn, VIR_PLUGIN_EVENT_DOMAIN,
                                  VIR_DOMAIN_EVENT_ID_LIFECYCLE, true, NULL,
                                  (void (*)(void)) func, opaque, freecb);
    g_mutex_unlock(&queue->lock);
    return ret < 0 ? -1 : 0;
}

static int
virPluginEventDomainDeregister(virPluginEventQueue *queue, virConnectPtr conn,
                               virConnectDomainEventCallback func)
{
    virPluginEventKey k = { .conn = conn, .func = func };

    if (virPluginEventRemove(queue, virPluginEventMatchLegacy, &k) < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("event callback function %1$p not registered"),
                       (void *) func);
        return -1;
    }
    return 0;
}

/* queues @ev, or drops it when nobody listens */
static void
virPluginEventQueuePush(virPluginEventQueue *queue, virPluginEvent *ev)
{
    g_mutex_lock(&queue->lock);
    if (queue->timer < 0) {
        g_mutex_unlock(&queue->lock);
        virPluginEventFree(ev);
        return;
    }
    g_ptr_array_add(queue->pending, ev);
    if (!queue->dispatching)
        virEventUpdateTimeout(queue->timer, 0);
    g_mutex_unlock(&queue->lock);
}

/* whether anyone listens: the emit functions build nothing otherwise */
static bool
virPluginEventWanted(virPluginEventQueue *queue)
{
    bool wanted;

    g_mutex_lock(&queue->lock);
    wanted = queue->timer >= 0;
    g_mutex_unlock(&queue->lock);
    return wanted;
}

static virPluginEvent *
virPluginEventNew(virPluginEventFamily family, int eventID, const char *name,
                  const unsigned char *uuid)
{
    virPluginEvent *ev = g_new0(virPluginEvent, 1);
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    ev->family = family;
    ev->eventID = eventID;
    ev->name = g_strdup(name);
    ev->id = -1;
    if (uuid) {
        memcpy(ev->uuid, uuid, VIR_UUID_BUFLEN);
        ev->key = g_strdup(virUUIDFormat(uuid, uuidstr));
    } else {
        ev->key = g_strdup(name);
    }
    return ev;
}

static void
virPluginEventDomainLifecycle(virPluginEventQueue *queue, const char *name,
                              const unsigned char *uuid, int id, int event, int detail)
{
    virPluginEvent *ev;

    if (!virPluginEventWanted(queue))
        return;
    ev = virPluginEventNew(VIR_PLUGIN_EVENT_DOMAIN,
                           VIR_DOMAIN_EVENT_ID_LIFECYCLE, name, uuid);
    ev->id = id;
    ev->arg1 = event;
    ev->arg2 = detail;
    virPluginEventQueuePush(queue, ev);
}

static void
virPluginEventDomainReboot(virPluginEventQueue *queue, const char *name,
                           const unsigned char *uuid, int id)
{
    virPluginEvent *ev;

    if (!virPluginEventWanted(queue))
        return;
    ev = virPluginEventNew(VIR_PLUGIN_EVENT_DOMAIN,
                           VIR_DOMAIN_EVENT_ID_REBOOT, name, uuid);
    ev->id = id;
    virPluginEventQueuePush(queue, ev);
}

static void
virPluginEventDomainMetadataChange(virPluginEventQueue *queue, const char *name,
                                   const unsigned char *uuid, int id, int type,
                                   const char *nsuri)
{
    virPluginEvent *ev;

    if (!virPluginEventWanted(queue))
        return;
    ev = virPluginEventNew(VIR_PLUGIN_EVENT_DOMAIN,
                           VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, name, uuid);
    ev->id = id;
    ev->arg1 = type;
    ev->str = g_strdup(nsuri);
    virPluginEventQueuePush(queue, ev);
}

static void
virPluginEventNetworkLifecycle(virPluginEventQueue *queue, const char *name,
                               const unsigned char *uuid, int event, int detail)
{
    virPluginEvent *ev;

    if (!virPluginEventWanted(queue))
        return;
    ev = virPluginEventNew(VIR_PLUGIN_EVENT_NETWORK,
                           VIR_NETWORK_EVENT_ID_LIFECYCLE, name, uuid);
    ev->arg1 = event;
    ev->arg2 = detail;
    virPluginEventQueuePush(queue, ev);
}

static void
virPluginEventStoragePoolLifecycle(virPluginEventQueue *queue, const char *name,
                                   const unsigned char *uuid, int event, int detail)
{
    virPluginEvent *ev;

    if (!virPluginEventWanted(queue))
        return;
    ev = virPluginEventNew(VIR_PLUGIN_EVENT_STORAGE_POOL,
                           VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, name, uuid);
    ev->arg1 = event;
    ev->arg2 = detail;
    virPluginEventQueuePush(queue, ev);
}

static void
virPluginEventStoragePoolRefresh(virPluginEventQueue *queue, const char *name,
                                 const unsigned char *uuid)
{
    if (!virPluginEventWanted(queue))
        return;
    virPluginEventQueuePush(queue, virPluginEventNew(VIR_PLUGIN_EVENT_STORAGE_POOL,
                                                     VIR_STORAGE_POOL_EVENT_ID_REFRESH,
                                                     name, uuid));
}

static const virPluginEvents virPluginEventsTable = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginEvents),
    .version = VIR_PLUGIN_EVENTS_VERSION,
    .queueNew = virPluginEventQueueNew,
    .queueFree = virPluginEventQueueFree,
    .registerAny = virPluginEventRegisterAny,
    .deregisterAny = virPluginEventDeregisterAny,
    .domainRegister = virPluginEventDomainRegister,
    .domainDeregister = virPluginEventDomainDeregister,
    .domainLifecycle = virPluginEventDomainLifecycle,
    .domainReboot = virPluginEventDomainReboot,
    .domainMetadataChange = virPluginEventDomainMetadataChange,
    .networkLifecycle = virPluginEventNetworkLifecycle,
    .storagePoolLifecycle = virPluginEventStoragePoolLifecycle,
    .storagePoolRefresh = virPluginEventStoragePoolRefresh,
};

/**
 * virPluginEventsGetTable:
 * @minVersion: the oldest table version the caller can use
 *
 * Returns the events table, or NULL when @minVersion is newer than this
 * core's.
 */
const virPluginEvents *
virPluginEventsGetTable(uint16_t minVersion)
{
    if (minVersion > VIR_PLUGIN_EVENTS_VERSION)
        return NULL;
    return &virPluginEventsTable;
}
