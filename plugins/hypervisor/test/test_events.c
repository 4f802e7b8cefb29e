/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * test_events.c: the test driver's object events
 *
 * Each driver state (test:///default's shared one, or a node file's) owns
 * one queue of the core's event service; every connection on the state
 * registers there, so a change made through one connection reaches the
 * callbacks of all.  The emit helpers are called with the driver locked,
 * after the change; delivery happens later, from the application's event
 * loop.  Which operation emits what follows libvirt 9.0's test driver.
 */
#include <config.h>

#include "test_private.h"

const virPluginEvents *testEvents;

/* the connection's queue; NULL with VIR_ERR_NO_SUPPORT when the core has
 * no event service */
static virPluginEventQueue *
testEventQueue(virConnectPtr conn, const char *func)
{
    testDriver *driver = testDriverFromConn(conn);

    if (!driver || !driver->events) {
        testReportError(VIR_ERR_NO_SUPPORT, "%s", func);
        return NULL;
    }
    return driver->events;
}

static int
testConnectDomainEventRegister(virConnectPtr conn, virConnectDomainEventCallback cb,
                               void *opaque, virFreeCallback freecb)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->domainRegister(queue, conn, cb, opaque, freecb) : -1;
}

static int
testConnectDomainEventDeregister(virConnectPtr conn, virConnectDomainEventCallback cb)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->domainDeregister(queue, conn, cb) : -1;
}

static int
testConnectDomainEventRegisterAny(virConnectPtr conn, virDomainPtr dom, int eventID,
                                  virConnectDomainEventGenericCallback cb, void *opaque,
                                  virFreeCallback freecb)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->registerAny(queue, conn, VIR_PLUGIN_EVENT_DOMAIN, dom, eventID,
                                           (void (*)(void)) cb, opaque, freecb) : -1;
}

static int
testConnectDomainEventDeregisterAny(virConnectPtr conn, int callbackID)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->deregisterAny(queue, conn, callbackID) : -1;
}

int
testConnectNetworkEventRegisterAny(virConnectPtr conn, virNetworkPtr net, int eventID,
                                   virConnectNetworkEventGenericCallback cb, void *opaque,
                                   virFreeCallback freecb)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->registerAny(queue, conn, VIR_PLUGIN_EVENT_NETWORK, net, eventID,
                                           (void (*)(void)) cb, opaque, freecb) : -1;
}

int
testConnectNetworkEventDeregisterAny(virConnectPtr conn, int callbackID)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->deregisterAny(queue, conn, callbackID) : -1;
}

int
testConnectStoragePoolEventRegisterAny(virConnectPtr conn, virStoragePoolPtr pool,
                                       int eventID,
                                       virConnectStoragePoolEventGenericCallback cb,
                                       void *opaque, virFreeCallback freecb)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->registerAny(queue, conn, VIR_PLUGIN_EVENT_STORAGE_POOL, pool,
                                           eventID, (void (*)(void)) cb, opaque, freecb) : -1;
}

int
testConnectStoragePoolEventDeregisterAny(virConnectPtr conn, int callbackID)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->deregisterAny(queue, conn, callbackID) : -1;
}

void
testEventFillDriver(virPluginHypervisorDriver *driver)
{
    driver->connectDomainEventRegister = testConnectDomainEventRegister;
    driver->connectDomainEventDeregister = testConnectDomainEventDeregister;
    driver->connectDomainEventRegisterAny = testConnectDomainEventRegisterAny;
    driver->connectDomainEventDeregisterAny = testConnectDomainEventDeregisterAny;
}

void
testEventDomainLifecycle(testDriver *driver, const testDomainObj *obj, int event, int detail)
{
    if (driver->events)
        testEvents->domainLifecycle(driver->events, obj->name, obj->uuid, obj->id,
                                    event, detail);
}

void
testEventDomainMetadata(testDriver *driver, const testDomainObj *obj, int type,
                        const char *nsuri)
{
    if (driver->events)
        testEvents->domainMetadataChange(driver->events, obj->name, obj->uuid, obj->id,
                                         type, nsuri);
}

void
testEventNetworkLifecycle(testDriver *driver, const testNetworkObj *obj, int event)
{
    if (driver->events)
        testEvents->networkLifecycle(driver->events, obj->name, obj->uuid, event, 0);
}

void
testEventPoolLifecycle(testDriver *driver, const testPoolObj *obj, int event)
{
    if (driver->events)
        testEvents->storagePoolLifecycle(driver->events, obj->name, obj->uuid, event, 0);
}

void
testEventPoolRefresh(testDriver *driver, const testPoolObj *obj)
{
    if (driver->events)
        testEvents->storagePoolRefresh(driver->events, obj->name, obj->uuid);
}

/* Node devices: libvirt's test driver takes registrations for their events
 * (it has no node devices to change, so none is ever emitted). */
static int
testConnectNodeDeviceEventRegisterAny(virConnectPtr conn, virNodeDevicePtr dev, int eventID,
                                      virConnectNodeDeviceEventGenericCallback cb,
                                      void *opaque, virFreeCallback freecb)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->registerAny(queue, conn, VIR_PLUGIN_EVENT_NODE_DEVICE, dev,
                                           eventID, (void (*)(void)) cb, opaque, freecb) : -1;
}

static int
testConnectNodeDeviceEventDeregisterAny(virConnectPtr conn, int callbackID)
{
    virPluginEventQueue *queue = testEventQueue(conn, __func__);

    return queue ? testEvents->deregisterAny(queue, conn, callbackID) : -1;
}

const virPluginNodeDeviceDriver testNodeDeviceDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginNodeDeviceDriver),
    .name = "Test",
    .connectNodeDeviceEventDeregisterAny = testConnectNodeDeviceEventDeregisterAny, /* 2.2.0 */
    .connectNodeDeviceEventRegisterAny = testConnectNodeDeviceEventRegisterAny,     /* 2.2.0 */
};
