/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * test_private.h: the test hypervisor's shared state (test:///default and
 * test:///path/to/node.xml), used by every file of the plugin
 *
 * One driver state per URI: test:///default connections of a process share
 * one (refcounted, rebuilt from scratch when the last one closed); each file
 * URI connection gets its own.  Every object of a state is guarded by the
 * state's one lock: callbacks take it with testDriverLock() for the whole
 * call.  Definitions are the core's (virPluginConf), reached through
 * testConf.
 */
#pragma once

#include <stdbool.h>

#include <glib.h>

#include <libvirt/libvirt-plugin.h>
#include <libvirt/libvirt-plugin-conf.h>
#include <libvirt/libvirt-plugin-events.h>

#define VIR_FROM_THIS VIR_FROM_TEST

/* The core's services and configuration layer, set by the plugin's init. */
extern VIR_PLUGIN_HIDDEN const virPluginHost *testHost;
extern VIR_PLUGIN_HIDDEN const virPluginConf *testConf;
/* NULL when the core has no event service (events are then unsupported) */
extern VIR_PLUGIN_HIDDEN const virPluginEvents *testEvents;

#define testReportError(code, ...) \
    testHost->reportError(virPluginContextInstance, VIR_FROM_THIS, (code), \
                          __FILE__, __func__, __LINE__, __VA_ARGS__)

/* libvirt's "unsupported flags (0x%x) in function %s" check. */
#define testCheckFlags(flags, supported, retval) \
    do { \
        unsigned int unknown_ = (flags) & ~(unsigned int)(supported); \
        if (unknown_) { \
            testHost->reportUnsupportedFlags(virPluginContextInstance, VIR_FROM_TEST, \
                                             unknown_, __func__); \
            return retval; \
        } \
    } while (0)

typedef struct _testDomainObj testDomainObj;
struct _testDomainObj {
    char *name;                            /* cached from def */
    unsigned char uuid[VIR_UUID_BUFLEN];
    int id;                                /* -1 when inactive */
    int state;                             /* virDomainState */
    int reason;
    bool persistent;
    bool autostart;
    bool hasManagedSave;
    bool hadConfig;                        /* running with a persistent definition
                                            * (events after the stop show id -1) */
    virPluginDomainDef *def;               /* the live definition (or the only one) */
    virPluginDomainDef *newDef;            /* the next boot's, when it differs */
    GList *link;                           /* in testDriver.domains */
};

typedef struct _testNetworkObj testNetworkObj;
struct _testNetworkObj {
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    bool active;
    bool persistent;
    bool autostart;
    virPluginNetworkDef *def;
    virPluginNetworkDef *newDef;           /* the next start's, when it differs */
};

typedef struct _testInterfaceObj testInterfaceObj;
struct _testInterfaceObj {
    char *name;
    char *mac;                             /* NULL when absent */
    bool active;
    virPluginInterfaceDef *def;
};

typedef struct _testVolObj testVolObj;
struct _testVolObj {
    char *name;
    char *key;
    char *path;
    virPluginStorageVolDef *def;
};

typedef struct _testPoolObj testPoolObj;
struct _testPoolObj {
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    bool active;
    bool persistent;
    bool autostart;
    virPluginStoragePoolDef *def;
    virPluginStoragePoolDef *newDef;
    GPtrArray *volumes;                    /* testVolObj *, owned */
};

typedef struct _testDriver testDriver;
struct _testDriver {
    GMutex lock;
    int refs;                              /* connections using this state */
    bool isDefault;                        /* the shared test:///default state */
    char *path;                            /* the node file, NULL for default */

    GQueue *domains;                       /* testDomainObj *, owned, in order defined */
    GHashTable *domainsByName;             /* name -> testDomainObj * (borrowed) */
    GHashTable *domainsByUUID;             /* uuid bytes -> testDomainObj * (borrowed) */
    int nextDomID;

    GPtrArray *networks;                   /* testNetworkObj *, owned */
    GPtrArray *interfaces;                 /* testInterfaceObj *, owned */
    bool ifaceTransaction;                 /* virInterfaceChangeBegin ... */
    GPtrArray *ifaceBackup;                /* interfaces as they were at ChangeBegin */
    GPtrArray *pools;                      /* testPoolObj *, owned */

    virNodeInfo nodeInfo;
    virPluginEventQueue *events;           /* NULL without testEvents */
};

/* test_driver.c */
testDriver *testDriverFromConn(virConnectPtr conn);
void testDriverLock(testDriver *driver);
void testDriverUnlock(testDriver *driver);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(testDriver, testDriverUnlock);
/* The connection's state, locked; free with g_autoptr(testDriver). */
testDriver *testDriverLockConn(virConnectPtr conn);

/* A copy of the UUID in @def formatted as a string (for messages). */
void testUUIDFormat(const unsigned char *uuid, char *buf);
guint testUUIDHash(gconstpointer uuid);
gboolean testUUIDEqual(gconstpointer a, gconstpointer b);

/* test_domain.c */
void testDomainFillDriver(virPluginHypervisorDriver *driver);
/* a domain of the default state or a node file (@dir: the file's folder,
 * for relative paths; NULL for the default state) */
int testDomainLoad(testDriver *driver, const char *xml, const char *dir);
void testDomainObjFree(testDomainObj *obj);

/* test_network.c / test_interface.c / test_storage.c: the tables and the
 * functions that fill and free a state's objects. */
extern VIR_PLUGIN_HIDDEN const virPluginNetworkDriver testNetworkDriver;
extern VIR_PLUGIN_HIDDEN const virPluginInterfaceDriver testInterfaceDriver;
extern VIR_PLUGIN_HIDDEN const virPluginStorageDriver testStorageDriver;
extern VIR_PLUGIN_HIDDEN const virPluginNodeDeviceDriver testNodeDeviceDriver;

/* Each adds one object from its XML (as found in the node file or the
 * default configuration).  0, or -1 with an error. */
int testNetworkLoad(testDriver *driver, const char *xml);
int testInterfaceLoad(testDriver *driver, const char *xml);
/* a pool and its volumes: @volumeXMLs NULL-terminated (may be NULL) */
int testPoolLoad(testDriver *driver, const char *xml, const char *const *volumeXMLs);

void testNetworkObjFree(testNetworkObj *obj);
void testInterfaceObjFree(testInterfaceObj *obj);
void testPoolObjFree(testPoolObj *obj);

/* test_events.c: registration callbacks and the events operations emit */
void testEventFillDriver(virPluginHypervisorDriver *driver);
int testConnectNetworkEventRegisterAny(virConnectPtr conn, virNetworkPtr net, int eventID,
                                       virConnectNetworkEventGenericCallback cb, void *opaque,
                                       virFreeCallback freecb);
int testConnectNetworkEventDeregisterAny(virConnectPtr conn, int callbackID);
int testConnectStoragePoolEventRegisterAny(virConnectPtr conn, virStoragePoolPtr pool,
                                           int eventID,
                                           virConnectStoragePoolEventGenericCallback cb,
                                           void *opaque, virFreeCallback freecb);
int testConnectStoragePoolEventDeregisterAny(virConnectPtr conn, int callbackID);
void testEventDomainLifecycle(testDriver *driver, const testDomainObj *obj,
                              int event, int detail);
void testEventDomainMetadata(testDriver *driver, const testDomainObj *obj, int type,
                             const char *nsuri);
void testEventNetworkLifecycle(testDriver *driver, const testNetworkObj *obj, int event);
void testEventPoolLifecycle(testDriver *driver, const testPoolObj *obj, int event);
void testEventPoolRefresh(testDriver *driver, const testPoolObj *obj);
