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

/* libvirt's refusal of VIR_DOMAIN_AFFECT_LIVE with VIR_DOMAIN_AFFECT_CONFIG
 * where a call changes one definition: its domain layer reports it
 * (VIR_FROM_DOMAIN; str1 and str2 as libvirt 9.0 sets them). */
#define testCheckAffectOne(flags, retval) \
    do { \
        if (((flags) & VIR_DOMAIN_AFFECT_LIVE) && ((flags) & VIR_DOMAIN_AFFECT_CONFIG)) { \
            testHost->reportInvalidArg(virPluginContextInstance, VIR_FROM_DOMAIN, __FILE__, \
                                       "virDomainObjGetOneDefState", __LINE__, "flags", \
                                       "Flags '%s' and '%s' are mutually exclusive", \
                                       "VIR_DOMAIN_AFFECT_LIVE", "VIR_DOMAIN_AFFECT_CONFIG"); \
            return retval; \
        } \
    } while (0)

/* Names up to this long, NUL included, are kept in the object: with it the
 * object is two cache lines on LP64, and lookups read the first one. */
#define TEST_DOMAIN_NAME_INLINE 56

/* A domain, owned by its state's testDomainIndex. */
typedef struct _testDomainObj testDomainObj;
struct _testDomainObj {
    char *name;                            /* from def: nameInline, or a separate
                                            * allocation when longer; never changes */
    unsigned char uuid[VIR_UUID_BUFLEN];   /* never changes */
    int id;                                /* -1 when inactive */
    guint32 number;                        /* the object's place in the index */
    char nameInline[TEST_DOMAIN_NAME_INLINE];
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

/* test_index.c: the domain objects of a state and their index by name, UUID
 * and id -- open-addressing tables of 8-byte slots, a key's hash next to an
 * object's number (see the file).  The tables read the keys in the objects:
 * change an object's id only between testDomainIndexRemoveID() and
 * testDomainIndexAddID(), and its name or UUID never. */
typedef struct _testDomainSlot testDomainSlot;

typedef struct {
    testDomainSlot *slots;                 /* NULL until the first insertion */
    guint32 mask;                          /* capacity - 1, capacity a power of two */
    guint32 count;
} testDomainTable;

typedef struct {
    testDomainObj **chunks;                /* the objects, by number - 1, in chunks */
    void **chunkMem;                       /* the chunks as allocated (unaligned) */
    guint32 nobjs;                         /* numbers handed out */
    guint32 *freeNumbers;                  /* of removed objects, to reuse */
    guint32 nfree;
    guint32 recent;                        /* number of the object found last, or 0 */
    testDomainTable byName;
    testDomainTable byUUID;
    testDomainTable byID;                  /* active domains only */
} testDomainIndex;

void testDomainIndexClear(testDomainIndex *idx);
testDomainObj *testDomainIndexAdd(testDomainIndex *idx, const char *name,
                                  const unsigned char *uuid);
void testDomainIndexRemove(testDomainIndex *idx, testDomainObj *obj);
void testDomainIndexAddID(testDomainIndex *idx, testDomainObj *obj);
void testDomainIndexRemoveID(testDomainIndex *idx, testDomainObj *obj);
testDomainObj *testDomainIndexFindName(testDomainIndex *idx, const char *name);
testDomainObj *testDomainIndexFindUUID(testDomainIndex *idx, const unsigned char *uuid);
testDomainObj *testDomainIndexFindID(testDomainIndex *idx, int id);

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

    GQueue *domains;                       /* testDomainObj *, in order defined */
    testDomainIndex domainIndex;           /* owns the same objects */
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

/* test_domain.c */
void testDomainFillDriver(virPluginHypervisorDriver *driver);
/* a domain of the default state or a node file (@dir: the file's folder,
 * for relative paths; NULL for the default state) */
int testDomainLoad(testDriver *driver, const char *xml, const char *dir);
/* frees every domain of @driver (when the state goes away) */
void testDomainFreeAll(testDriver *driver);

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
