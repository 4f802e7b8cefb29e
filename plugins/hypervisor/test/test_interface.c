/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * test_interface.c: host interfaces of the test hypervisor, in memory
 *
 * Behaves as libvirt 9.0's test driver does, error for error, including
 * its transactions: virInterfaceChangeBegin() keeps a copy of the
 * interfaces, which virInterfaceChangeRollback() brings back -- as copies
 * of their definitions, all inactive.
 */
#include <config.h>

#include <string.h>

#include "test_private.h"

#define TEST_INTERFACE_LIST_FILTERS \
    (VIR_CONNECT_LIST_INTERFACES_INACTIVE | VIR_CONNECT_LIST_INTERFACES_ACTIVE)


/* ---- objects ------------------------------------------------------------------ */

/**
 * testInterfaceObjFree:
 * @obj: an interface object, or NULL
 *
 * Frees @obj and its definition.
 */
void
testInterfaceObjFree(testInterfaceObj *obj)
{
    if (!obj)
        return;
    testConf->interfaceFree(obj->def);
    g_free(obj->name);
    g_free(obj->mac);
    g_free(obj);
}

/* A new inactive object owning @def; NULL with an error reported. */
static testInterfaceObj *
testInterfaceObjNew(virPluginInterfaceDef *def)
{
    g_autofree char *name = NULL;
    g_autofree char *mac = NULL;
    testInterfaceObj *obj;

    if (testConf->getString(def, VIR_PLUGIN_INTERFACE_NAME, 0, &name) < 0 ||
        testConf->getString(def, VIR_PLUGIN_INTERFACE_MAC, 0, &mac) < 0)
        return NULL;
    obj = g_new0(testInterfaceObj, 1);
    obj->name = g_steal_pointer(&name);
    obj->mac = g_steal_pointer(&mac);
    obj->def = def;
    return obj;
}

static testInterfaceObj *
testInterfaceFindByName(GPtrArray *interfaces, const char *name)
{
    size_t i;

    for (i = 0; i < interfaces->len; i++) {
        testInterfaceObj *obj = g_ptr_array_index(interfaces, i);

        if (strcmp(obj->name, name) == 0)
            return obj;
    }
    return NULL;
}

/* The interface called @name, or NULL with libvirt's "not found" error. */
static testInterfaceObj *
testInterfaceObjFromName(testDriver *driver, const char *name)
{
    testInterfaceObj *obj = testInterfaceFindByName(driver->interfaces, name);

    if (!obj)
        testReportError(VIR_ERR_NO_INTERFACE, "no interface with matching name '%s'", name);
    return obj;
}

/* The interface of handle @iface.  The getter is called before anything
 * is reported. */
static testInterfaceObj *
testInterfaceObjFromIface(testDriver *driver, virInterfacePtr iface)
{
    return testInterfaceObjFromName(driver, virInterfaceGetName(iface));
}

/*
 * testInterfaceAssignDef:
 * @driver: the state, locked
 * @def: the new definition; consumed on success, left to the caller on failure
 *
 * Adds an inactive interface, or gives the interface of the same name the
 * new definition (it keeps its state).
 *
 * Returns the object, or NULL with an error reported.
 */
static testInterfaceObj *
testInterfaceAssignDef(testDriver *driver, virPluginInterfaceDef *def)
{
    testInterfaceObj *obj;
    testInterfaceObj *old;

    if (!(obj = testInterfaceObjNew(def)))
        return NULL;
    if ((old = testInterfaceFindByName(driver->interfaces, obj->name))) {
        /* keep the old object (and its place in the list) */
        testConf->interfaceFree(old->def);
        old->def = g_steal_pointer(&obj->def);
        g_free(old->mac);
        old->mac = g_steal_pointer(&obj->mac);
        testInterfaceObjFree(obj);
        return old;
    }
    g_ptr_array_add(driver->interfaces, obj);
    return obj;
}

static virInterfacePtr
testInterfaceNewHandle(virConnectPtr conn, const testInterfaceObj *obj)
{
    return testHost->newInterface(conn, obj->name, obj->mac);
}

/**
 * testInterfaceLoad:
 * @driver: a state being built (not shared yet)
 * @xml: an <interface> document of the default state or of a node file
 *
 * Adds the interface, active, as libvirt's test driver does with the
 * interfaces it starts with.
 *
 * Returns 0, or -1 with an error reported.
 */
int
testInterfaceLoad(testDriver *driver, const char *xml)
{
    virPluginInterfaceDef *def = testConf->interfaceParse(xml, 0);
    testInterfaceObj *obj;

    if (!def)
        return -1;
    if (!(obj = testInterfaceAssignDef(driver, def))) {
        testConf->interfaceFree(def);
        return -1;
    }
    obj->active = true;
    return 0;
}


/* ---- listing -------------------------------------------------------------------- */

static int
testInterfaceCount(virConnectPtr conn, bool active)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int count = 0;
    size_t i;

    for (i = 0; i < driver->interfaces->len; i++) {
        testInterfaceObj *obj = g_ptr_array_index(driver->interfaces, i);

        if (obj->active == active)
            count++;
    }
    return count;
}

static int
testConnectNumOfInterfaces(virConnectPtr conn)
{
    return testInterfaceCount(conn, true);
}

static int
testConnectNumOfDefinedInterfaces(virConnectPtr conn)
{
    return testInterfaceCount(conn, false);
}

/* Names of the active (or inactive) interfaces, at most @maxnames. */
static int
testInterfaceListNames(virConnectPtr conn, bool active, char **const names, int maxnames)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int count = 0;
    size_t i;

    for (i = 0; i < driver->interfaces->len && count < maxnames; i++) {
        testInterfaceObj *obj = g_ptr_array_index(driver->interfaces, i);

        if (obj->active == active)
            names[count++] = g_strdup(obj->name);
    }
    return count;
}

static int
testConnectListInterfaces(virConnectPtr conn, char **const names, int maxnames)
{
    return testInterfaceListNames(conn, true, names, maxnames);
}

static int
testConnectListDefinedInterfaces(virConnectPtr conn, char **const names, int maxnames)
{
    return testInterfaceListNames(conn, false, names, maxnames);
}

static void
testInterfaceHandleFree(gpointer iface)
{
    virInterfaceFree(iface);
}

static int
testConnectListAllInterfaces(virConnectPtr conn, virInterfacePtr **ifaces, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    g_autoptr(GPtrArray) list = NULL;
    bool wantActive = flags & VIR_CONNECT_LIST_INTERFACES_ACTIVE;
    bool wantInactive = flags & VIR_CONNECT_LIST_INTERFACES_INACTIVE;
    int count = 0;
    size_t i;

    testCheckFlags(flags, TEST_INTERFACE_LIST_FILTERS, -1);

    driver = testDriverLockConn(conn);
    if (ifaces)
        list = g_ptr_array_new_with_free_func(testInterfaceHandleFree);
    for (i = 0; i < driver->interfaces->len; i++) {
        testInterfaceObj *obj = g_ptr_array_index(driver->interfaces, i);
        virInterfacePtr iface;

        /* none or both of the flags: every interface */
        if (wantActive != wantInactive && obj->active != wantActive)
            continue;
        count++;
        if (!list)
            continue;
        /* fails only for a connection being closed; freeing the handles
         * made so far goes through the public API, which resets the error */
        if (!(iface = testInterfaceNewHandle(conn, obj)))
            return -1;
        g_ptr_array_add(list, iface);
    }
    if (list) {
        g_ptr_array_add(list, NULL);     /* NULL-terminated, as libvirt's */
        g_ptr_array_set_free_func(list, NULL);
        *ifaces = (virInterfacePtr *)g_ptr_array_free(g_steal_pointer(&list), FALSE);
    }
    return count;
}


/* ---- lookups -------------------------------------------------------------------- */

static virInterfacePtr
testInterfaceLookupByName(virConnectPtr conn, const char *name)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testInterfaceObj *obj;

    if (!(obj = testInterfaceObjFromName(driver, name)))
        return NULL;
    return testInterfaceNewHandle(conn, obj);
}

static virInterfacePtr
testInterfaceLookupByMACString(virConnectPtr conn, const char *mac)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testInterfaceObj *found = NULL;
    size_t matches = 0;
    size_t i;

    /* MAC addresses compare without regard to case; the string is not
     * checked otherwise: a malformed one simply matches nothing.  An
     * interface without a MAC address matches every string, as in libvirt
     * 9.0, whose comparison of the missing address answers "equal". */
    for (i = 0; i < driver->interfaces->len; i++) {
        testInterfaceObj *obj = g_ptr_array_index(driver->interfaces, i);

        if (!obj->mac || g_ascii_strcasecmp(obj->mac, mac) == 0) {
            found = obj;
            matches++;
        }
    }
    if (matches == 0) {
        testReportError(VIR_ERR_NO_INTERFACE, "no interface with matching mac '%s'", mac);
        return NULL;
    }
    if (matches > 1) {
        testReportError(VIR_ERR_MULTIPLE_INTERFACES, NULL);
        return NULL;
    }
    return testInterfaceNewHandle(conn, found);
}


/* ---- definitions and state ----------------------------------------------------- */

static char *
testInterfaceGetXMLDesc(virInterfacePtr iface, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testInterfaceObj *obj;

    /* libvirt 9.0's test driver accepts no flag, VIR_INTERFACE_XML_INACTIVE
     * included */
    testCheckFlags(flags, 0, NULL);

    driver = testDriverLockConn(virInterfaceGetConnect(iface));
    if (!(obj = testInterfaceObjFromIface(driver, iface)))
        return NULL;
    return testConf->interfaceFormat(obj->def, 0);
}

static virInterfacePtr
testInterfaceDefineXML(virConnectPtr conn, const char *xml, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    virPluginInterfaceDef *def;
    testInterfaceObj *obj;

    testCheckFlags(flags, VIR_INTERFACE_DEFINE_VALIDATE, NULL);

    if (!(def = testConf->interfaceParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE |
                                         ((flags & VIR_INTERFACE_DEFINE_VALIDATE) ?
                                          VIR_PLUGIN_CONF_PARSE_VALIDATE : 0))))
        return NULL;
    driver = testDriverLockConn(conn);
    if (!(obj = testInterfaceAssignDef(driver, def))) {
        testConf->interfaceFree(def);
        return NULL;
    }
    return testInterfaceNewHandle(conn, obj);
}

static int
testInterfaceUndefine(virInterfacePtr iface)
{
    g_autoptr(testDriver) driver = testDriverLockConn(virInterfaceGetConnect(iface));
    testInterfaceObj *obj;

    if (!(obj = testInterfaceObjFromIface(driver, iface)))
        return -1;
    /* running or not, as libvirt's test driver does */
    g_ptr_array_remove(driver->interfaces, obj);    /* frees @obj */
    return 0;
}

static int
testInterfaceCreate(virInterfacePtr iface, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testInterfaceObj *obj;

    testCheckFlags(flags, 0, -1);

    driver = testDriverLockConn(virInterfaceGetConnect(iface));
    if (!(obj = testInterfaceObjFromIface(driver, iface)))
        return -1;
    if (obj->active) {
        testReportError(VIR_ERR_OPERATION_INVALID, NULL);
        return -1;
    }
    obj->active = true;
    return 0;
}

static int
testInterfaceDestroy(virInterfacePtr iface, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testInterfaceObj *obj;

    testCheckFlags(flags, 0, -1);

    driver = testDriverLockConn(virInterfaceGetConnect(iface));
    if (!(obj = testInterfaceObjFromIface(driver, iface)))
        return -1;
    if (!obj->active) {
        testReportError(VIR_ERR_OPERATION_INVALID, NULL);
        return -1;
    }
    obj->active = false;
    return 0;
}

static int
testInterfaceIsActive(virInterfacePtr iface)
{
    g_autoptr(testDriver) driver = testDriverLockConn(virInterfaceGetConnect(iface));
    testInterfaceObj *obj;

    if (!(obj = testInterfaceObjFromIface(driver, iface)))
        return -1;
    return obj->active ? 1 : 0;
}


/* ---- transactions --------------------------------------------------------------- */

/* Copies of the interfaces (definitions formatted and parsed again), all
 * inactive; NULL with an error reported. */
static GPtrArray *
testInterfaceListCopy(GPtrArray *interfaces)
{
    g_autoptr(GPtrArray) copy = NULL;
    size_t i;

    copy = g_ptr_array_new_with_free_func((GDestroyNotify)testInterfaceObjFree);
    for (i = 0; i < interfaces->len; i++) {
        testInterfaceObj *obj = g_ptr_array_index(interfaces, i);
        g_autofree char *xml = NULL;
        virPluginInterfaceDef *def;
        testInterfaceObj *dup;

        if (!(xml = testConf->interfaceFormat(obj->def, 0)) ||
            !(def = testConf->interfaceParse(xml, 0)))
            return NULL;
        if (!(dup = testInterfaceObjNew(def))) {
            testConf->interfaceFree(def);
            return NULL;
        }
        g_ptr_array_add(copy, dup);
    }
    return g_steal_pointer(&copy);
}

static int
testInterfaceChangeBegin(virConnectPtr conn, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;

    testCheckFlags(flags, 0, -1);

    driver = testDriverLockConn(conn);
    if (driver->ifaceTransaction) {
        testReportError(VIR_ERR_OPERATION_INVALID, "%s",
                        "there is another transaction running.");
        return -1;
    }
    if (!(driver->ifaceBackup = testInterfaceListCopy(driver->interfaces)))
        return -1;
    driver->ifaceTransaction = true;
    return 0;
}

static int
testInterfaceChangeCommit(virConnectPtr conn, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;

    testCheckFlags(flags, 0, -1);

    driver = testDriverLockConn(conn);
    if (!driver->ifaceTransaction) {
        testReportError(VIR_ERR_OPERATION_INVALID, "%s",
                        "no transaction running, nothing to be committed.");
        return -1;
    }
    g_clear_pointer(&driver->ifaceBackup, g_ptr_array_unref);
    driver->ifaceTransaction = false;
    return 0;
}

static int
testInterfaceChangeRollback(virConnectPtr conn, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;

    testCheckFlags(flags, 0, -1);

    driver = testDriverLockConn(conn);
    if (!driver->ifaceTransaction) {
        testReportError(VIR_ERR_OPERATION_INVALID, "%s",
                        "no transaction running, nothing to rollback.");
        return -1;
    }
    g_ptr_array_unref(driver->interfaces);
    driver->interfaces = g_steal_pointer(&driver->ifaceBackup);
    driver->ifaceTransaction = false;
    return 0;
}

const virPluginInterfaceDriver testInterfaceDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginInterfaceDriver),
    .name = "Test",
    .connectNumOfInterfaces = testConnectNumOfInterfaces,                 /* 1.0 */
    .connectListInterfaces = testConnectListInterfaces,                   /* 1.0 */
    .connectNumOfDefinedInterfaces = testConnectNumOfDefinedInterfaces,   /* 1.0 */
    .connectListDefinedInterfaces = testConnectListDefinedInterfaces,     /* 1.0 */
    .connectListAllInterfaces = testConnectListAllInterfaces,             /* 1.0 */
    .interfaceLookupByName = testInterfaceLookupByName,                   /* 1.0 */
    .interfaceLookupByMACString = testInterfaceLookupByMACString,         /* 1.0 */
    .interfaceGetXMLDesc = testInterfaceGetXMLDesc,                       /* 1.0 */
    .interfaceDefineXML = testInterfaceDefineXML,                         /* 1.0 */
    .interfaceUndefine = testInterfaceUndefine,                           /* 1.0 */
    .interfaceCreate = testInterfaceCreate,                               /* 1.0 */
    .interfaceDestroy = testInterfaceDestroy,                             /* 1.0 */
    .interfaceIsActive = testInterfaceIsActive,                           /* 1.0 */
    .interfaceChangeBegin = testInterfaceChangeBegin,                     /* 1.0 */
    .interfaceChangeCommit = testInterfaceChangeCommit,                   /* 1.0 */
    .interfaceChangeRollback = testInterfaceChangeRollback,               /* 1.0 */
};
