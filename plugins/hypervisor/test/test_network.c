/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * test_network.c: virtual networks of the test hypervisor, in memory
 *
 * Behaves as libvirt 9.0's test driver does, error for error: a network
 * has one visible definition; defining a running network keeps the new
 * definition aside (newDef) without ever showing or applying it, since
 * that driver neither accepts VIR_NETWORK_XML_INACTIVE nor swaps the
 * definitions when the network stops.
 */
#include <config.h>

#include <string.h>

#include "test_private.h"

/* Errors that libvirt reports from its network object list, not from the
 * test driver itself. */
#define testNetworkListError(code, ...) \
    testHost->reportError(virPluginContextInstance, VIR_FROM_NETWORK, (code), \
                          __FILE__, __func__, __LINE__, __VA_ARGS__)

#define TEST_NETWORK_LIST_FILTERS \
    (VIR_CONNECT_LIST_NETWORKS_INACTIVE | VIR_CONNECT_LIST_NETWORKS_ACTIVE | \
     VIR_CONNECT_LIST_NETWORKS_PERSISTENT | VIR_CONNECT_LIST_NETWORKS_TRANSIENT | \
     VIR_CONNECT_LIST_NETWORKS_AUTOSTART | VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART)


/* ---- objects ------------------------------------------------------------------ */

/**
 * testNetworkObjFree:
 * @obj: a network object, or NULL
 *
 * Frees @obj and both of its definitions.
 */
void
testNetworkObjFree(testNetworkObj *obj)
{
    if (!obj)
        return;
    testConf->networkFree(obj->def);
    testConf->networkFree(obj->newDef);
    g_free(obj->name);
    g_free(obj);
}

static testNetworkObj *
testNetworkFindByName(testDriver *driver, const char *name)
{
    size_t i;

    for (i = 0; i < driver->networks->len; i++) {
        testNetworkObj *obj = g_ptr_array_index(driver->networks, i);

        if (strcmp(obj->name, name) == 0)
            return obj;
    }
    return NULL;
}

static testNetworkObj *
testNetworkFindByUUID(testDriver *driver, const unsigned char *uuid)
{
    size_t i;

    for (i = 0; i < driver->networks->len; i++) {
        testNetworkObj *obj = g_ptr_array_index(driver->networks, i);

        if (memcmp(obj->uuid, uuid, VIR_UUID_BUFLEN) == 0)
            return obj;
    }
    return NULL;
}

/* The network called @name, or NULL with libvirt's "not found" error. */
static testNetworkObj *
testNetworkObjFromName(testDriver *driver, const char *name)
{
    testNetworkObj *obj = testNetworkFindByName(driver, name);

    if (!obj)
        testReportError(VIR_ERR_NO_NETWORK, "no network with matching name '%s'", name);
    return obj;
}

static testNetworkObj *
testNetworkObjFromUUID(testDriver *driver, const unsigned char *uuid)
{
    testNetworkObj *obj = testNetworkFindByUUID(driver, uuid);

    if (!obj) {
        char uuidstr[VIR_UUID_STRING_BUFLEN];

        testUUIDFormat(uuid, uuidstr);
        testReportError(VIR_ERR_NO_NETWORK, "no network with matching uuid '%s'", uuidstr);
    }
    return obj;
}

/* The network of handle @net, looked up by name as libvirt's driver does
 * for most calls.  The getter is called before anything is reported. */
static testNetworkObj *
testNetworkObjFromNet(testDriver *driver, virNetworkPtr net)
{
    return testNetworkObjFromName(driver, virNetworkGetName(net));
}

static void
testNetworkRemove(testDriver *driver, testNetworkObj *obj)
{
    g_ptr_array_remove(driver->networks, obj);    /* frees @obj */
}

/*
 * testNetworkAssignDef:
 * @driver: the state, locked
 * @def: the new definition; consumed on success, left to the caller on failure
 * @live: the definition of a network being started (virNetworkCreateXML)
 *        rather than a persistent one (virNetworkDefineXML, node files)
 *
 * Adds a network or gives an existing one (same name and UUID) the new
 * definition, with libvirt's checks of duplicate names and UUIDs.  A new
 * network is inactive, persistent unless @live.  For a running network a
 * persistent definition is kept aside as newDef; a live definition replaces
 * the visible one, and an inactive persistent network keeps its old one
 * aside.
 *
 * Returns the object, or NULL with an error reported.
 */
static testNetworkObj *
testNetworkAssignDef(testDriver *driver, virPluginNetworkDef *def, bool live)
{
    g_autofree char *name = NULL;
    unsigned char uuid[VIR_UUID_BUFLEN];
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    testNetworkObj *obj;

    if (testConf->getString(def, VIR_PLUGIN_NETWORK_NAME, 0, &name) < 0 ||
        testConf->getUUID(def, VIR_PLUGIN_NETWORK_UUID, uuid) < 0)
        return NULL;

    if ((obj = testNetworkFindByUUID(driver, uuid))) {
        if (strcmp(obj->name, name) != 0) {
            testUUIDFormat(obj->uuid, uuidstr);
            testNetworkListError(VIR_ERR_OPERATION_FAILED,
                                 "network '%s' is already defined with uuid %s",
                                 obj->name, uuidstr);
            return NULL;
        }
        if (live && obj->active) {
            testNetworkListError(VIR_ERR_OPERATION_INVALID,
                                 "network is already active as '%s'", obj->name);
            return NULL;
        }
    } else if ((obj = testNetworkFindByName(driver, name))) {
        testUUIDFormat(obj->uuid, uuidstr);
        testNetworkListError(VIR_ERR_OPERATION_FAILED,
                             "network '%s' already exists with uuid %s", obj->name, uuidstr);
        return NULL;
    }

    if (!obj) {
        obj = g_new0(testNetworkObj, 1);
        obj->name = g_steal_pointer(&name);
        memcpy(obj->uuid, uuid, VIR_UUID_BUFLEN);
        obj->persistent = !live;
        obj->def = def;
        g_ptr_array_add(driver->networks, obj);
        return obj;
    }

    if (live) {
        /* only an inactive network gets here */
        if (obj->persistent && !obj->newDef)
            obj->newDef = g_steal_pointer(&obj->def);
        testConf->networkFree(obj->def);
        obj->def = def;
    } else if (obj->active) {
        testConf->networkFree(obj->newDef);
        obj->newDef = def;
        obj->persistent = true;
    } else {
        testConf->networkFree(obj->newDef);
        obj->newDef = NULL;
        testConf->networkFree(obj->def);
        obj->def = def;
    }
    return obj;
}

static virNetworkPtr
testNetworkNewHandle(virConnectPtr conn, const testNetworkObj *obj)
{
    return testHost->newNetwork(conn, obj->name, obj->uuid);
}

/**
 * testNetworkLoad:
 * @driver: a state being built (not shared yet)
 * @xml: a <network> document of the default state or of a node file
 *
 * Adds the network, active and persistent, as libvirt's test driver does
 * with the networks it starts with.
 *
 * Returns 0, or -1 with an error reported.
 */
int
testNetworkLoad(testDriver *driver, const char *xml)
{
    virPluginNetworkDef *def = testConf->networkParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE);
    testNetworkObj *obj;

    if (!def)
        return -1;
    if (!(obj = testNetworkAssignDef(driver, def, false))) {
        testConf->networkFree(def);
        return -1;
    }
    obj->active = true;
    return 0;
}


/* ---- listing -------------------------------------------------------------------- */

static int
testConnectNumOfNetworks(virConnectPtr conn)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int count = 0;
    size_t i;

    for (i = 0; i < driver->networks->len; i++) {
        testNetworkObj *obj = g_ptr_array_index(driver->networks, i);

        if (obj->active)
            count++;
    }
    return count;
}

static int
testConnectNumOfDefinedNetworks(virConnectPtr conn)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int count = 0;
    size_t i;

    for (i = 0; i < driver->networks->len; i++) {
        testNetworkObj *obj = g_ptr_array_index(driver->networks, i);

        if (!obj->active)
            count++;
    }
    return count;
}

/* Names of the active (or inactive) networks, at most @maxnames. */
static int
testNetworkListNames(virConnectPtr conn, bool active, char **const names, int maxnames)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int count = 0;
    size_t i;

    for (i = 0; i < driver->networks->len && count < maxnames; i++) {
        testNetworkObj *obj = g_ptr_array_index(driver->networks, i);

        if (obj->active == active)
            names[count++] = g_strdup(obj->name);
    }
    return count;
}

static int
testConnectListNetworks(virConnectPtr conn, char **const names, int maxnames)
{
    return testNetworkListNames(conn, true, names, maxnames);
}

static int
testConnectListDefinedNetworks(virConnectPtr conn, char **const names, int maxnames)
{
    return testNetworkListNames(conn, false, names, maxnames);
}

/* Whether @obj passes the filters of virConnectListAllNetworks(): in each
 * group of two opposite flags, none or both set means no filtering. */
static bool
testNetworkMatch(const testNetworkObj *obj, unsigned int flags)
{
    if ((flags & VIR_CONNECT_LIST_NETWORKS_ACTIVE) &&
        !(flags & VIR_CONNECT_LIST_NETWORKS_INACTIVE) && !obj->active)
        return false;
    if ((flags & VIR_CONNECT_LIST_NETWORKS_INACTIVE) &&
        !(flags & VIR_CONNECT_LIST_NETWORKS_ACTIVE) && obj->active)
        return false;
    if ((flags & VIR_CONNECT_LIST_NETWORKS_PERSISTENT) &&
        !(flags & VIR_CONNECT_LIST_NETWORKS_TRANSIENT) && !obj->persistent)
        return false;
    if ((flags & VIR_CONNECT_LIST_NETWORKS_TRANSIENT) &&
        !(flags & VIR_CONNECT_LIST_NETWORKS_PERSISTENT) && obj->persistent)
        return false;
    if ((flags & VIR_CONNECT_LIST_NETWORKS_AUTOSTART) &&
        !(flags & VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART) && !obj->autostart)
        return false;
    if ((flags & VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART) &&
        !(flags & VIR_CONNECT_LIST_NETWORKS_AUTOSTART) && obj->autostart)
        return false;
    return true;
}

static void
testNetworkHandleFree(gpointer net)
{
    virNetworkFree(net);
}

static int
testConnectListAllNetworks(virConnectPtr conn, virNetworkPtr **nets, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    g_autoptr(GPtrArray) list = NULL;
    int count = 0;
    size_t i;

    testCheckFlags(flags, TEST_NETWORK_LIST_FILTERS, -1);

    driver = testDriverLockConn(conn);
    if (nets)
        list = g_ptr_array_new_with_free_func(testNetworkHandleFree);
    for (i = 0; i < driver->networks->len; i++) {
        testNetworkObj *obj = g_ptr_array_index(driver->networks, i);
        virNetworkPtr net;

        if (!testNetworkMatch(obj, flags))
            continue;
        count++;
        if (!list)
            continue;
        /* fails only for a connection being closed; freeing the handles
         * made so far goes through the public API, which resets the error */
        if (!(net = testNetworkNewHandle(conn, obj)))
            return -1;
        g_ptr_array_add(list, net);
    }
    if (list) {
        g_ptr_array_add(list, NULL);     /* NULL-terminated, as libvirt's */
        g_ptr_array_set_free_func(list, NULL);
        *nets = (virNetworkPtr *)g_ptr_array_free(g_steal_pointer(&list), FALSE);
    }
    return count;
}


/* ---- lookups -------------------------------------------------------------------- */

static virNetworkPtr
testNetworkLookupByUUID(virConnectPtr conn, const unsigned char *uuid)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testNetworkObj *obj;

    if (!(obj = testNetworkObjFromUUID(driver, uuid)))
        return NULL;
    return testNetworkNewHandle(conn, obj);
}

static virNetworkPtr
testNetworkLookupByName(virConnectPtr conn, const char *name)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testNetworkObj *obj;

    if (!(obj = testNetworkObjFromName(driver, name)))
        return NULL;
    return testNetworkNewHandle(conn, obj);
}


/* ---- life cycle ------------------------------------------------------------------ */

static virNetworkPtr
testNetworkCreateXMLFlags(virConnectPtr conn, const char *xml, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    virPluginNetworkDef *def;
    testNetworkObj *obj;

    testCheckFlags(flags, VIR_NETWORK_CREATE_VALIDATE, NULL);

    if (!(def = testConf->networkParse(xml, (flags & VIR_NETWORK_CREATE_VALIDATE) ?
                                       VIR_PLUGIN_CONF_PARSE_VALIDATE : 0)))
        return NULL;
    driver = testDriverLockConn(conn);
    if (!(obj = testNetworkAssignDef(driver, def, true))) {
        testConf->networkFree(def);
        return NULL;
    }
    obj->active = true;
    testEventNetworkLifecycle(driver, obj, VIR_NETWORK_EVENT_STARTED);
    return testNetworkNewHandle(conn, obj);
}

static virNetworkPtr
testNetworkCreateXML(virConnectPtr conn, const char *xml)
{
    return testNetworkCreateXMLFlags(conn, xml, 0);
}

static virNetworkPtr
testNetworkDefineXMLFlags(virConnectPtr conn, const char *xml, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    virPluginNetworkDef *def;
    testNetworkObj *obj;

    testCheckFlags(flags, VIR_NETWORK_DEFINE_VALIDATE, NULL);

    if (!(def = testConf->networkParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE |
                                       ((flags & VIR_NETWORK_DEFINE_VALIDATE) ?
                                        VIR_PLUGIN_CONF_PARSE_VALIDATE : 0))))
        return NULL;
    driver = testDriverLockConn(conn);
    if (!(obj = testNetworkAssignDef(driver, def, false))) {
        testConf->networkFree(def);
        return NULL;
    }
    testEventNetworkLifecycle(driver, obj, VIR_NETWORK_EVENT_DEFINED);
    return testNetworkNewHandle(conn, obj);
}

static virNetworkPtr
testNetworkDefineXML(virConnectPtr conn, const char *xml)
{
    return testNetworkDefineXMLFlags(conn, xml, 0);
}

static int
testNetworkUndefine(virNetworkPtr net)
{
    g_autoptr(testDriver) driver = testDriverLockConn(virNetworkGetConnect(net));
    testNetworkObj *obj;

    if (!(obj = testNetworkObjFromNet(driver, net)))
        return -1;
    if (obj->active) {
        testReportError(VIR_ERR_OPERATION_INVALID, "Network '%s' is still running", obj->name);
        return -1;
    }
    testEventNetworkLifecycle(driver, obj, VIR_NETWORK_EVENT_UNDEFINED);
    testNetworkRemove(driver, obj);
    return 0;
}

static int
testNetworkCreate(virNetworkPtr net)
{
    g_autoptr(testDriver) driver = testDriverLockConn(virNetworkGetConnect(net));
    testNetworkObj *obj;

    if (!(obj = testNetworkObjFromNet(driver, net)))
        return -1;
    if (obj->active) {
        testReportError(VIR_ERR_OPERATION_INVALID, "Network '%s' is already running",
                        obj->name);
        return -1;
    }
    obj->active = true;
    testEventNetworkLifecycle(driver, obj, VIR_NETWORK_EVENT_STARTED);
    return 0;
}

static int
testNetworkDestroy(virNetworkPtr net)
{
    g_autoptr(testDriver) driver = testDriverLockConn(virNetworkGetConnect(net));
    testNetworkObj *obj;

    if (!(obj = testNetworkObjFromNet(driver, net)))
        return -1;
    /* libvirt's test driver stops an inactive network without complaint,
     * and keeps showing the definition the network ran with */
    obj->active = false;
    testEventNetworkLifecycle(driver, obj, VIR_NETWORK_EVENT_STOPPED);
    if (!obj->persistent)
        testNetworkRemove(driver, obj);
    return 0;
}


/* ---- properties ------------------------------------------------------------------ */

static char *
testNetworkGetXMLDesc(virNetworkPtr net, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testNetworkObj *obj;

    /* libvirt 9.0's test driver accepts no flag, VIR_NETWORK_XML_INACTIVE
     * included */
    testCheckFlags(flags, 0, NULL);

    driver = testDriverLockConn(virNetworkGetConnect(net));
    if (!(obj = testNetworkObjFromNet(driver, net)))
        return NULL;
    return testConf->networkFormat(obj->def, 0);
}

static char *
testNetworkGetBridgeName(virNetworkPtr net)
{
    g_autoptr(testDriver) driver = testDriverLockConn(virNetworkGetConnect(net));
    testNetworkObj *obj;
    char *bridge = NULL;
    int rc;

    if (!(obj = testNetworkObjFromNet(driver, net)))
        return NULL;
    if ((rc = testConf->getString(obj->def, VIR_PLUGIN_NETWORK_BRIDGE, 0, &bridge)) < 0)
        return NULL;
    if (rc == 0) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "network '%s' does not have a bridge name.",
                        obj->name);
        return NULL;
    }
    return bridge;
}

static int
testNetworkGetAutostart(virNetworkPtr net, int *autostart)
{
    g_autoptr(testDriver) driver = testDriverLockConn(virNetworkGetConnect(net));
    testNetworkObj *obj;

    if (!(obj = testNetworkObjFromNet(driver, net)))
        return -1;
    *autostart = obj->autostart ? 1 : 0;
    return 0;
}

static int
testNetworkSetAutostart(virNetworkPtr net, int autostart)
{
    g_autoptr(testDriver) driver = testDriverLockConn(virNetworkGetConnect(net));
    testNetworkObj *obj;

    if (!(obj = testNetworkObjFromNet(driver, net)))
        return -1;
    /* transient networks too, as libvirt's test driver allows */
    obj->autostart = autostart != 0;
    return 0;
}

static int
testNetworkIsActive(virNetworkPtr net)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    g_autoptr(testDriver) driver = NULL;
    testNetworkObj *obj;

    if (virNetworkGetUUID(net, uuid) < 0)
        return -1;
    driver = testDriverLockConn(virNetworkGetConnect(net));
    if (!(obj = testNetworkObjFromUUID(driver, uuid)))
        return -1;
    return obj->active ? 1 : 0;
}

static int
testNetworkIsPersistent(virNetworkPtr net)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    g_autoptr(testDriver) driver = NULL;
    testNetworkObj *obj;

    if (virNetworkGetUUID(net, uuid) < 0)
        return -1;
    driver = testDriverLockConn(virNetworkGetConnect(net));
    if (!(obj = testNetworkObjFromUUID(driver, uuid)))
        return -1;
    return obj->persistent ? 1 : 0;
}


/* ---- updates --------------------------------------------------------------------- */

static void
testNetworkDefFree(virPluginNetworkDef *def)
{
    testConf->networkFree(def);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virPluginNetworkDef, testNetworkDefFree);

/* A copy of @def as its XML reads back: the live XML, or with @inactive the
 * persistent one.  NULL with an error reported. */
static virPluginNetworkDef *
testNetworkDefCopy(const virPluginNetworkDef *def, bool inactive)
{
    g_autofree char *xml = testConf->networkFormat(def, inactive ? VIR_NETWORK_XML_INACTIVE : 0);

    if (!xml)
        return NULL;
    return testConf->networkParse(xml, inactive ? VIR_PLUGIN_CONF_PARSE_INACTIVE : 0);
}

/*
 * virNetworkUpdate(), as libvirt 9.0's test driver does it.  AFFECT_CURRENT
 * means the live definition of a running network, else the persistent one.
 * The live definition is the visible one (def); the persistent one of a
 * running network is newDef, made from def the first time a change asks for
 * it (even one that then fails) and never shown, as that driver never shows
 * it; a stopped network's is def, though the driver reads it from newDef
 * when there is one left from the last run.  The changes are made to copies
 * so that with both flags both definitions change or neither.
 */
static int
testNetworkUpdate(virNetworkPtr net, unsigned int command, unsigned int section,
                  int parentIndex, const char *xml, unsigned int flags)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    g_autoptr(testDriver) driver = NULL;
    g_autoptr(virPluginNetworkDef) live = NULL;
    g_autoptr(virPluginNetworkDef) config = NULL;
    virPluginNetworkDef **slot;
    testNetworkObj *obj;

    testCheckFlags(flags, VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG, -1);

    /* a core whose configuration table predates ABI 1.2 cannot do it */
    if (!VIR_PLUGIN_HAS(virPluginConf, testConf, networkUpdate) || !testConf->networkUpdate) {
        testNetworkListError(VIR_ERR_NO_SUPPORT, "%s", "virNetworkUpdate");
        return -1;
    }

    if (virNetworkGetUUID(net, uuid) < 0)
        return -1;
    driver = testDriverLockConn(virNetworkGetConnect(net));
    if (!(obj = testNetworkObjFromUUID(driver, uuid)))
        return -1;

    if (!(flags & (VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG)))
        flags |= obj->active ? VIR_NETWORK_UPDATE_AFFECT_LIVE : VIR_NETWORK_UPDATE_AFFECT_CONFIG;

    if ((flags & VIR_NETWORK_UPDATE_AFFECT_LIVE) && !obj->active) {
        testNetworkListError(VIR_ERR_OPERATION_INVALID, "%s", "network is not running");
        return -1;
    }
    if (flags & VIR_NETWORK_UPDATE_AFFECT_CONFIG) {
        if (!obj->persistent) {
            testNetworkListError(VIR_ERR_OPERATION_INVALID, "%s",
                                 "cannot change persistent config of a transient network");
            return -1;
        }
        if (obj->active && !obj->newDef &&
            !(obj->newDef = testNetworkDefCopy(obj->def, true)))
            return -1;
    }

    if ((flags & VIR_NETWORK_UPDATE_AFFECT_LIVE) &&
        (!(live = testNetworkDefCopy(obj->def, false)) ||
         testConf->networkUpdate(live, command, section, parentIndex, xml,
                                 VIR_NETWORK_UPDATE_AFFECT_LIVE) < 0))
        return -1;
    if ((flags & VIR_NETWORK_UPDATE_AFFECT_CONFIG) &&
        (!(config = testNetworkDefCopy(obj->newDef ? obj->newDef : obj->def, true)) ||
         testConf->networkUpdate(config, command, section, parentIndex, xml,
                                 VIR_NETWORK_UPDATE_AFFECT_CONFIG) < 0))
        return -1;

    if (config) {
        /* only a running network has live and persistent definitions apart */
        slot = obj->active ? &obj->newDef : &obj->def;
        testConf->networkFree(*slot);
        *slot = g_steal_pointer(&config);
    }
    if (live) {
        testConf->networkFree(obj->def);
        obj->def = g_steal_pointer(&live);
    }
    return 0;
}

/* Not here, as not in libvirt 9.0's test driver: networkGetDHCPLeases and
 * the ports. */
const virPluginNetworkDriver testNetworkDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginNetworkDriver),
    .name = "Test",
    .connectNumOfNetworks = testConnectNumOfNetworks,                 /* 1.0 */
    .connectListNetworks = testConnectListNetworks,                   /* 1.0 */
    .connectNumOfDefinedNetworks = testConnectNumOfDefinedNetworks,   /* 1.0 */
    .connectListDefinedNetworks = testConnectListDefinedNetworks,     /* 1.0 */
    .connectListAllNetworks = testConnectListAllNetworks,             /* 1.0 */
    .networkLookupByUUID = testNetworkLookupByUUID,                   /* 1.0 */
    .networkLookupByName = testNetworkLookupByName,                   /* 1.0 */
    .networkCreateXML = testNetworkCreateXML,                         /* 1.0 */
    .networkCreateXMLFlags = testNetworkCreateXMLFlags,               /* 1.0 */
    .networkDefineXML = testNetworkDefineXML,                         /* 1.0 */
    .networkDefineXMLFlags = testNetworkDefineXMLFlags,               /* 1.0 */
    .networkUndefine = testNetworkUndefine,                           /* 1.0 */
    .networkCreate = testNetworkCreate,                               /* 1.0 */
    .networkDestroy = testNetworkDestroy,                             /* 1.0 */
    .networkGetXMLDesc = testNetworkGetXMLDesc,                       /* 1.0 */
    .networkGetBridgeName = testNetworkGetBridgeName,                 /* 1.0 */
    .networkGetAutostart = testNetworkGetAutostart,                   /* 1.0 */
    .networkSetAutostart = testNetworkSetAutostart,                   /* 1.0 */
    .networkIsActive = testNetworkIsActive,                           /* 1.0 */
    .networkIsPersistent = testNetworkIsPersistent,                   /* 1.0 */
    .networkUpdate = testNetworkUpdate,                               /* 1.0 */
    .connectNetworkEventRegisterAny = testConnectNetworkEventRegisterAny,     /* 1.2.1 */
    .connectNetworkEventDeregisterAny = testConnectNetworkEventDeregisterAny, /* 1.2.1 */
};
