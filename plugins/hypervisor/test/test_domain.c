/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * test_domain.c: domains of the test hypervisor -- lookups, lists, the
 * life cycle, save/restore with the test driver's own file format, managed
 * save, memory and vCPU changes, metadata
 *
 * A domain keeps its live definition in @def and, while it runs with a
 * changed persistent configuration, the next boot's in @newDef.  Messages,
 * codes and error domains are the ones libvirt 9.0's test driver gives.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "test_private.h"

/* The save file: magic (with its NUL), a native int length, the XML. */
#define TEST_SAVE_MAGIC "TestGuestMagic"
#define TEST_SAVE_XML_MAX 8192

#define TEST_XML_FLAGS \
    (VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_MIGRATABLE)

#define TEST_AFFECT_FLAGS (VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG)

/* Frees what @obj owns; its memory belongs to the index. */
static void
testDomainObjFreeDefs(testDomainObj *obj)
{
    g_clear_pointer(&obj->def, testConf->domainFree);
    g_clear_pointer(&obj->newDef, testConf->domainFree);
}

/**
 * testDomainFreeAll:
 * @driver: a state going away
 *
 * Frees every domain of @driver, their definitions and the index.
 */
void
testDomainFreeAll(testDriver *driver)
{
    if (driver->domains) {
        GList *l;

        for (l = driver->domains->head; l; l = l->next)
            testDomainObjFreeDefs(l->data);
        g_clear_pointer(&driver->domains, g_queue_free);
    }
    testDomainIndexClear(&driver->domainIndex);
}


/* ---- errors ------------------------------------------------------------------ */

static void
testDomainReportFrom(int domain, int code, const char *func, size_t line,
                     const char *fmt, ...) G_GNUC_PRINTF(5, 6);

static void
testDomainReportFrom(int domain, int code, const char *func, size_t line,
                     const char *fmt, ...)
{
    va_list ap;
    g_autofree char *msg = NULL;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    testHost->reportError(virPluginContextInstance, domain, code, __FILE__, func, line,
                          "%s", msg);
}

/* virDomainObjCheckActive()'s error, from the domain configuration code. */
#define testDomainNotActive() \
    testDomainReportFrom(VIR_FROM_DOMAIN, VIR_ERR_OPERATION_INVALID, __func__, __LINE__, \
                         "%s", "domain is not running")

static void
testDomainNotFound(void)
{
    testHost->reportError(virPluginContextInstance, VIR_FROM_TEST, VIR_ERR_NO_DOMAIN,
                          __FILE__, __func__, __LINE__, NULL);
}


/* ---- objects ------------------------------------------------------------------- */

static bool
testDomainIsActive(const testDomainObj *obj)
{
    return obj->id >= 0;
}

static testDomainObj *
testDomainFindByUUID(testDriver *driver, const unsigned char *uuid)
{
    return testDomainIndexFindUUID(&driver->domainIndex, uuid);
}

static testDomainObj *
testDomainFindByName(testDriver *driver, const char *name)
{
    return testDomainIndexFindName(&driver->domainIndex, name);
}

static testDomainObj *
testDomainFindByID(testDriver *driver, int id)
{
    return testDomainIndexFindID(&driver->domainIndex, id);
}

/* The object behind @dom, with the state locked in @driver. */
static testDomainObj *
testDomainObjFromDomain(virDomainPtr dom, testDriver **driver)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    testDomainObj *obj;

    if (virDomainGetUUID(dom, uuid) < 0)
        return NULL;
    *driver = testDriverLockConn(virDomainGetConnect(dom));
    if (!(obj = testDomainFindByUUID(*driver, uuid))) {
        char uuidstr[VIR_UUID_STRING_BUFLEN];

        testUUIDFormat(uuid, uuidstr);
        testHost->reportError(virPluginContextInstance, VIR_FROM_TEST, VIR_ERR_NO_DOMAIN,
                              __FILE__, __func__, __LINE__,
                              "no domain with matching uuid '%s' (%s)",
                              uuidstr, virDomainGetName(dom));
        testDriverUnlock(*driver);
        *driver = NULL;
    }
    return obj;
}

static virDomainPtr
testDomainNewHandle(virConnectPtr conn, const testDomainObj *obj)
{
    return testHost->newDomain(conn, obj->name, obj->uuid, obj->id);
}

static void
testDomainRemove(testDriver *driver, testDomainObj *obj)
{
    g_queue_delete_link(driver->domains, obj->link);
    testDomainObjFreeDefs(obj);
    testDomainIndexRemove(&driver->domainIndex, obj);
}

/* Adds @def (owned) as a new object; fails on a name or UUID clash. */
static testDomainObj *
testDomainAdd(testDriver *driver, virPluginDomainDef *def)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    g_autofree char *name = NULL;
    testDomainObj *obj;

    testConf->getString(def, VIR_PLUGIN_DOMAIN_NAME, 0, &name);
    testConf->getUUID(def, VIR_PLUGIN_DOMAIN_UUID, uuid);
    obj = testDomainIndexAdd(&driver->domainIndex, name, uuid);
    obj->state = VIR_DOMAIN_SHUTOFF;
    obj->reason = VIR_DOMAIN_SHUTOFF_UNKNOWN;
    obj->def = def;
    g_queue_push_tail(driver->domains, obj);
    obj->link = driver->domains->tail;
    return obj;
}

/* libvirt's clash rules for a new definition named @name with @uuid:
 * the existing object to replace (or NULL), or -1 with an error. */
static int
testDomainCheckClash(testDriver *driver, virPluginDomainDef *def, bool live,
                     testDomainObj **existing)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    g_autofree char *name = NULL;
    testDomainObj *obj;

    *existing = NULL;
    testConf->getString(def, VIR_PLUGIN_DOMAIN_NAME, 0, &name);
    testConf->getUUID(def, VIR_PLUGIN_DOMAIN_UUID, uuid);

    if ((obj = testDomainFindByUUID(driver, uuid))) {
        if (strcmp(obj->name, name) != 0) {
            testUUIDFormat(uuid, uuidstr);
            testDomainReportFrom(VIR_FROM_DOMAIN, VIR_ERR_OPERATION_FAILED, __func__,
                                 __LINE__, "domain '%s' is already defined with uuid %s",
                                 obj->name, uuidstr);
            return -1;
        }
        if (live && testDomainIsActive(obj)) {
            testDomainReportFrom(VIR_FROM_DOMAIN, VIR_ERR_OPERATION_INVALID, __func__,
                                 __LINE__, "domain '%s' is already active", obj->name);
            return -1;
        }
        *existing = obj;
        return 0;
    }
    if ((obj = testDomainFindByName(driver, name))) {
        testUUIDFormat(obj->uuid, uuidstr);
        testDomainReportFrom(VIR_FROM_DOMAIN, VIR_ERR_OPERATION_FAILED, __func__, __LINE__,
                             "domain '%s' already exists with uuid %s", name, uuidstr);
        return -1;
    }
    return 0;
}

static void
testDomainSetState(testDomainObj *obj, int state, int reason)
{
    obj->state = state;
    obj->reason = reason;
}

/* Starts @obj: a new id, running with @reason, emitting STARTED with @detail. */
static void
testDomainStart(testDriver *driver, testDomainObj *obj, int reason, int detail)
{
    obj->id = driver->nextDomID++;
    testDomainIndexAddID(&driver->domainIndex, obj);
    testConf->setNumber(obj->def, VIR_PLUGIN_DOMAIN_ID, 0, obj->id);
    testConf->domainGenerateIfnames(obj->def, "testnet");
    testDomainSetState(obj, VIR_DOMAIN_RUNNING, reason);
    obj->hadConfig = obj->persistent;
    testEventDomainLifecycle(driver, obj, VIR_DOMAIN_EVENT_STARTED, detail);
}

/* Stops @obj with @reason, emitting STOPPED with @detail; a transient
 * domain goes away (returns true). */
static bool
testDomainStop(testDriver *driver, testDomainObj *obj, int reason, int detail)
{
    testDomainIndexRemoveID(&driver->domainIndex, obj);
    /* libvirt's event shows the id the domain ran with, unless it had a
     * persistent definition while it ran (which the stop brings back) */
    if (obj->hadConfig)
        obj->id = -1;
    obj->hadConfig = false;
    testConf->setNumber(obj->def, VIR_PLUGIN_DOMAIN_ID, 0, ~0ULL);
    testDomainSetState(obj, VIR_DOMAIN_SHUTOFF, reason);
    testEventDomainLifecycle(driver, obj, VIR_DOMAIN_EVENT_STOPPED, detail);
    obj->id = -1;
    if (obj->newDef) {
        testConf->domainFree(obj->def);
        obj->def = g_steal_pointer(&obj->newDef);
    }
    if (!obj->persistent) {
        testDomainRemove(driver, obj);
        return true;
    }
    return false;
}

/* The persistent definition to change for VIR_DOMAIN_AFFECT_CONFIG. */
static virPluginDomainDef *
testDomainConfigDef(testDomainObj *obj)
{
    if (!testDomainIsActive(obj))
        return obj->def;
    if (!obj->newDef)
        obj->newDef = testConf->domainCopy(obj->def, VIR_DOMAIN_XML_SECURE |
                                                     VIR_DOMAIN_XML_INACTIVE);
    return obj->newDef;
}

/* The live definition, about to change: a running persistent domain keeps
 * its persistent one apart first, so a live-only change does not reach the
 * next boot's definition. */
static virPluginDomainDef *
testDomainLiveDef(testDomainObj *obj)
{
    if (obj->persistent && testDomainIsActive(obj))
        testDomainConfigDef(obj);
    return obj->def;
}

/* Resolves VIR_DOMAIN_AFFECT_CURRENT and checks the combination. */
static int
testDomainAffect(testDomainObj *obj, unsigned int *flags)
{
    if (!(*flags & TEST_AFFECT_FLAGS))
        *flags |= testDomainIsActive(obj) ? VIR_DOMAIN_AFFECT_LIVE : VIR_DOMAIN_AFFECT_CONFIG;
    if ((*flags & VIR_DOMAIN_AFFECT_LIVE) && !testDomainIsActive(obj)) {
        testDomainReportFrom(VIR_FROM_DOMAIN, VIR_ERR_OPERATION_INVALID, __func__, __LINE__,
                             "%s", "domain is not running");
        return -1;
    }
    if ((*flags & VIR_DOMAIN_AFFECT_CONFIG) && !obj->persistent) {
        testDomainReportFrom(VIR_FROM_DOMAIN, VIR_ERR_OPERATION_INVALID, __func__, __LINE__,
                             "%s", "transient domains do not have any persistent config");
        return -1;
    }
    return 0;
}

int
testDomainLoad(testDriver *driver, const char *xml, const char *dir)
{
    virPluginDomainDef *def = testConf->domainParse(xml, 0);
    testDomainObj *existing;
    testDomainObj *obj;
    unsigned long long value = 0;
    int runstate = VIR_DOMAIN_RUNNING;

    if (!def)
        return -1;
    if (testDomainCheckClash(driver, def, true, &existing) < 0 || existing) {
        if (existing)
            testDomainReportFrom(VIR_FROM_DOMAIN, VIR_ERR_OPERATION_FAILED, __func__,
                                 __LINE__, "domain '%s' already exists", existing->name);
        testConf->domainFree(def);
        return -1;
    }
    testConf->setNumber(def, VIR_PLUGIN_DOMAIN_ID, 0, ~0ULL);
    obj = testDomainAdd(driver, def);
    testConf->getNumber(def, VIR_PLUGIN_DOMAIN_TEST_TRANSIENT, 0, &value);
    obj->persistent = value == 0;
    if (testConf->getNumber(def, VIR_PLUGIN_DOMAIN_TEST_RUNSTATE, 0, &value) > 0)
        runstate = value;
    if (runstate != VIR_DOMAIN_SHUTOFF) {
        testDomainStart(driver, obj, VIR_DOMAIN_RUNNING_BOOTED,
                        VIR_DOMAIN_EVENT_STARTED_BOOTED);
        testDomainSetState(obj, runstate, 0);
        /* libvirt 9.0 shows the default domain "running (unknown)" and
         * the domains of node files "running (booted)" */
        if (runstate == VIR_DOMAIN_RUNNING && dir)
            obj->reason = VIR_DOMAIN_RUNNING_BOOTED;
    }
    value = 0;
    testConf->getNumber(def, VIR_PLUGIN_DOMAIN_TEST_HAS_MANAGED_SAVE, 0, &value);
    obj->hasManagedSave = value != 0;
    return 0;
}


/* ---- lookups and lists ----------------------------------------------------------- */

static virDomainPtr
testDomainLookupByName(virConnectPtr conn, const char *name)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testDomainObj *obj = testDomainFindByName(driver, name);

    if (!obj) {
        testDomainNotFound();
        return NULL;
    }
    return testDomainNewHandle(conn, obj);
}

static virDomainPtr
testDomainLookupByUUID(virConnectPtr conn, const unsigned char *uuid)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testDomainObj *obj = testDomainFindByUUID(driver, uuid);

    if (!obj) {
        testDomainNotFound();
        return NULL;
    }
    return testDomainNewHandle(conn, obj);
}

static virDomainPtr
testDomainLookupByID(virConnectPtr conn, int id)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testDomainObj *obj = id >= 0 ? testDomainFindByID(driver, id) : NULL;

    if (!obj) {
        testDomainNotFound();
        return NULL;
    }
    return testDomainNewHandle(conn, obj);
}

static int
testConnectNumOfDomains(virConnectPtr conn)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int n = 0;
    GList *l;

    for (l = driver->domains->head; l; l = l->next)
        n += testDomainIsActive(l->data);
    return n;
}

static int
testConnectNumOfDefinedDomains(virConnectPtr conn)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int n = 0;
    GList *l;

    for (l = driver->domains->head; l; l = l->next)
        n += !testDomainIsActive(l->data);
    return n;
}

static int
testConnectListDomains(virConnectPtr conn, int *ids, int maxids)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int n = 0;
    GList *l;

    for (l = driver->domains->head; l && n < maxids; l = l->next) {
        testDomainObj *obj = l->data;

        if (testDomainIsActive(obj))
            ids[n++] = obj->id;
    }
    return n;
}

static int
testConnectListDefinedDomains(virConnectPtr conn, char **const names, int maxnames)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int n = 0;
    GList *l;

    for (l = driver->domains->head; l && n < maxnames; l = l->next) {
        testDomainObj *obj = l->data;

        if (!testDomainIsActive(obj))
            names[n++] = g_strdup(obj->name);
    }
    return n;
}

static void
testDomainHandleFree(gpointer dom)
{
    if (dom)
        virDomainFree(dom);
}

#define TEST_LIST_FLAGS \
    (VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE | \
     VIR_CONNECT_LIST_DOMAINS_PERSISTENT | VIR_CONNECT_LIST_DOMAINS_TRANSIENT | \
     VIR_CONNECT_LIST_DOMAINS_RUNNING | VIR_CONNECT_LIST_DOMAINS_PAUSED | \
     VIR_CONNECT_LIST_DOMAINS_SHUTOFF | VIR_CONNECT_LIST_DOMAINS_OTHER | \
     VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE | VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE | \
     VIR_CONNECT_LIST_DOMAINS_AUTOSTART | VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART | \
     VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT | VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT | \
     VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT | VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT)

/* Whether @obj passes the filter pair (@yes, @no) of @flags for @value. */
static bool
testDomainFilterPair(unsigned int flags, unsigned int yes, unsigned int no, bool value)
{
    if ((flags & (yes | no)) == 0 || (flags & (yes | no)) == (yes | no))
        return true;
    return (flags & yes) ? value : !value;
}

static bool
testDomainMatches(const testDomainObj *obj, unsigned int flags)
{
    unsigned int states = flags & (VIR_CONNECT_LIST_DOMAINS_RUNNING |
                                   VIR_CONNECT_LIST_DOMAINS_PAUSED |
                                   VIR_CONNECT_LIST_DOMAINS_SHUTOFF |
                                   VIR_CONNECT_LIST_DOMAINS_OTHER);

    if (!testDomainFilterPair(flags, VIR_CONNECT_LIST_DOMAINS_ACTIVE,
                              VIR_CONNECT_LIST_DOMAINS_INACTIVE, testDomainIsActive(obj)) ||
        !testDomainFilterPair(flags, VIR_CONNECT_LIST_DOMAINS_PERSISTENT,
                              VIR_CONNECT_LIST_DOMAINS_TRANSIENT, obj->persistent) ||
        !testDomainFilterPair(flags, VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE,
                              VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE, obj->hasManagedSave) ||
        !testDomainFilterPair(flags, VIR_CONNECT_LIST_DOMAINS_AUTOSTART,
                              VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART, obj->autostart) ||
        !testDomainFilterPair(flags, VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT,
                              VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT, false) ||
        !testDomainFilterPair(flags, VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT,
                              VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT, false))
        return false;
    if (states) {
        bool match = false;

        match |= (states & VIR_CONNECT_LIST_DOMAINS_RUNNING) &&
                 obj->state == VIR_DOMAIN_RUNNING;
        match |= (states & VIR_CONNECT_LIST_DOMAINS_PAUSED) &&
                 obj->state == VIR_DOMAIN_PAUSED;
        match |= (states & VIR_CONNECT_LIST_DOMAINS_SHUTOFF) &&
                 obj->state == VIR_DOMAIN_SHUTOFF;
        match |= (states & VIR_CONNECT_LIST_DOMAINS_OTHER) &&
                 obj->state != VIR_DOMAIN_RUNNING && obj->state != VIR_DOMAIN_PAUSED &&
                 obj->state != VIR_DOMAIN_SHUTOFF;
        if (!match)
            return false;
    }
    return true;
}

static int
testConnectListAllDomains(virConnectPtr conn, virDomainPtr **domains, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    g_autoptr(GPtrArray) list = NULL;
    GList *l;

    testCheckFlags(flags, TEST_LIST_FLAGS, -1);
    driver = testDriverLockConn(conn);
    list = g_ptr_array_new_with_free_func(testDomainHandleFree);

    for (l = driver->domains->head; l; l = l->next) {
        testDomainObj *obj = l->data;
        virDomainPtr dom;

        if (!testDomainMatches(obj, flags))
            continue;
        if (!domains) {
            g_ptr_array_add(list, NULL);
            continue;
        }
        if (!(dom = testDomainNewHandle(conn, obj)))
            return -1;
        g_ptr_array_add(list, dom);
    }
    if (domains) {
        guint n = list->len;

        g_ptr_array_set_free_func(list, NULL);
        g_ptr_array_add(list, NULL);
        *domains = (virDomainPtr *)g_ptr_array_free(g_steal_pointer(&list), FALSE);
        return n;
    }
    return list->len;
}


/* ---- definitions ---------------------------------------------------------------- */

static virDomainPtr
testDomainDefineXMLFlags(virConnectPtr conn, const char *xml, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    int detail = VIR_DOMAIN_EVENT_DEFINED_UPDATED;
    virPluginDomainDef *def;
    testDomainObj *obj;

    testCheckFlags(flags, VIR_DOMAIN_DEFINE_VALIDATE, NULL);
    if (!(def = testConf->domainParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE |
                                      ((flags & VIR_DOMAIN_DEFINE_VALIDATE) ?
                                       VIR_PLUGIN_CONF_PARSE_VALIDATE : 0))))
        return NULL;
    driver = testDriverLockConn(conn);
    if (testDomainCheckClash(driver, def, false, &obj) < 0) {
        testConf->domainFree(def);
        return NULL;
    }
    /* libvirt's test driver names interfaces when a domain is defined */
    testConf->domainGenerateIfnames(def, "testnet");
    if (!obj) {
        obj = testDomainAdd(driver, def);
        detail = VIR_DOMAIN_EVENT_DEFINED_ADDED;
    } else if (testDomainIsActive(obj)) {
        testConf->domainFree(obj->newDef);
        obj->newDef = def;
        obj->hadConfig = true;
    } else {
        testConf->domainFree(obj->def);
        obj->def = def;
    }
    obj->persistent = true;
    testEventDomainLifecycle(driver, obj, VIR_DOMAIN_EVENT_DEFINED, detail);
    return testDomainNewHandle(conn, obj);
}

static virDomainPtr
testDomainDefineXML(virConnectPtr conn, const char *xml)
{
    return testDomainDefineXMLFlags(conn, xml, 0);
}

static int
testDomainUndefineFlags(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    /* (libvirt 9.0's test driver refuses KEEP_NVRAM and
     * CHECKPOINTS_METADATA too) */
    testCheckFlags(flags, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                   VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (obj->hasManagedSave) {
        if (!(flags & VIR_DOMAIN_UNDEFINE_MANAGED_SAVE)) {
            testReportError(VIR_ERR_OPERATION_INVALID, "%s",
                            "Refusing to undefine while domain managed save image exists");
            return -1;
        }
        obj->hasManagedSave = false;
    }
    testEventDomainLifecycle(driver, obj, VIR_DOMAIN_EVENT_UNDEFINED,
                             VIR_DOMAIN_EVENT_UNDEFINED_REMOVED);
    if (testDomainIsActive(obj)) {
        obj->persistent = false;
        g_clear_pointer(&obj->newDef, testConf->domainFree);
    } else {
        testDomainRemove(driver, obj);
    }
    return 0;
}

static int
testDomainUndefine(virDomainPtr dom)
{
    return testDomainUndefineFlags(dom, 0);
}

static char *
testDomainGetXMLDesc(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;
    const virPluginDomainDef *def;

    testCheckFlags(flags, TEST_XML_FLAGS, NULL);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return NULL;
    def = (flags & VIR_DOMAIN_XML_INACTIVE) && obj->newDef ? obj->newDef : obj->def;
    return testConf->domainFormat(def, flags);
}


/* ---- the life cycle ------------------------------------------------------------------ */

static virDomainPtr
testDomainCreateXML(virConnectPtr conn, const char *xml, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    virPluginDomainDef *def;
    testDomainObj *obj;

    /* libvirt 9.0's test driver starts nothing paused */
    testCheckFlags(flags, VIR_DOMAIN_START_VALIDATE, NULL);
    if (!(def = testConf->domainParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE |
                                      ((flags & VIR_DOMAIN_START_VALIDATE) ?
                                       VIR_PLUGIN_CONF_PARSE_VALIDATE : 0))))
        return NULL;
    driver = testDriverLockConn(conn);
    if (testDomainCheckClash(driver, def, true, &obj) < 0) {
        testConf->domainFree(def);
        return NULL;
    }
    if (!obj) {
        obj = testDomainAdd(driver, def);
    } else {
        /* a persistent inactive domain runs the new definition once */
        obj->newDef = obj->def;
        obj->def = def;
    }
    testDomainStart(driver, obj, VIR_DOMAIN_RUNNING_BOOTED, VIR_DOMAIN_EVENT_STARTED_BOOTED);
    return testDomainNewHandle(conn, obj);
}

static int
testDomainCreateWithFlags(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, 0, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (testDomainIsActive(obj)) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "Domain '%s' is already running", obj->name);
        return -1;
    }
    obj->hasManagedSave = false;
    testDomainStart(driver, obj, VIR_DOMAIN_RUNNING_BOOTED, VIR_DOMAIN_EVENT_STARTED_BOOTED);
    testHost->domainSetID(dom, obj->id);
    return 0;
}

/* libvirt's test driver passes no files to a guest: it takes and ignores them */
static int
testDomainCreateWithFiles(virDomainPtr dom, unsigned int nfiles G_GNUC_UNUSED,
                          int *files G_GNUC_UNUSED, unsigned int flags)
{
    return testDomainCreateWithFlags(dom, flags);
}

static virDomainPtr
testDomainCreateXMLWithFiles(virConnectPtr conn, const char *xml,
                             unsigned int nfiles G_GNUC_UNUSED, int *files G_GNUC_UNUSED,
                             unsigned int flags)
{
    return testDomainCreateXML(conn, xml, flags);
}

static int
testDomainCreate(virDomainPtr dom)
{
    return testDomainCreateWithFlags(dom, 0);
}

static int
testDomainDestroyFlags(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, VIR_DOMAIN_DESTROY_GRACEFUL, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (!testDomainIsActive(obj)) {
        testDomainNotActive();
        return -1;
    }
    testDomainStop(driver, obj, VIR_DOMAIN_SHUTOFF_DESTROYED,
                   VIR_DOMAIN_EVENT_STOPPED_DESTROYED);
    testHost->domainSetID(dom, -1);
    return 0;
}

static int
testDomainDestroy(virDomainPtr dom)
{
    return testDomainDestroyFlags(dom, 0);
}

static int
testDomainShutdownFlags(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, 0, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (obj->state != VIR_DOMAIN_RUNNING) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "domain '%s' not running", obj->name);
        return -1;
    }
    testDomainStop(driver, obj, VIR_DOMAIN_SHUTOFF_SHUTDOWN,
                       VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN);
    testHost->domainSetID(dom, -1);
    return 0;
}

static int
testDomainShutdown(virDomainPtr dom)
{
    return testDomainShutdownFlags(dom, 0);
}

static int
testDomainReboot(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    g_autofree char *action = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, VIR_DOMAIN_REBOOT_DEFAULT | VIR_DOMAIN_REBOOT_ACPI_POWER_BTN |
                   VIR_DOMAIN_REBOOT_GUEST_AGENT | VIR_DOMAIN_REBOOT_INITCTL |
                   VIR_DOMAIN_REBOOT_SIGNAL | VIR_DOMAIN_REBOOT_PARAVIRT, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (!testDomainIsActive(obj)) {
        testDomainNotActive();
        return -1;
    }
    testConf->getString(obj->def, VIR_PLUGIN_DOMAIN_ON_REBOOT, 0, &action);
    if (action && strcmp(action, "destroy") == 0) {
        testDomainStop(driver, obj, VIR_DOMAIN_SHUTOFF_SHUTDOWN,
                       VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN);
        testHost->domainSetID(dom, -1);
        return 0;
    }
    if (action && strcmp(action, "preserve") == 0) {
        testDomainSetState(obj, VIR_DOMAIN_SHUTDOWN, VIR_DOMAIN_SHUTDOWN_USER);
        return 0;
    }
    testDomainSetState(obj, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_BOOTED);
    return 0;
}

static int
testDomainReset(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, 0, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (!testDomainIsActive(obj)) {
        testDomainNotActive();
        return -1;
    }
    return 0;
}

static int
testDomainSuspend(virDomainPtr dom)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (obj->state != VIR_DOMAIN_RUNNING) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "domain '%s' not running", obj->name);
        return -1;
    }
    testDomainSetState(obj, VIR_DOMAIN_PAUSED, VIR_DOMAIN_PAUSED_USER);
    testEventDomainLifecycle(driver, obj, VIR_DOMAIN_EVENT_SUSPENDED,
                             VIR_DOMAIN_EVENT_SUSPENDED_PAUSED);
    return 0;
}

static int
testDomainResume(virDomainPtr dom)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (obj->state != VIR_DOMAIN_PAUSED) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "domain '%s' not paused", obj->name);
        return -1;
    }
    testDomainSetState(obj, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_UNPAUSED);
    testEventDomainLifecycle(driver, obj, VIR_DOMAIN_EVENT_RESUMED,
                             VIR_DOMAIN_EVENT_RESUMED_UNPAUSED);
    return 0;
}


/* ---- save and restore -------------------------------------------------------------- */

static int
testDomainWriteSaveFile(const char *path, const char *xml, const char *name)
{
    char magic[sizeof(TEST_SAVE_MAGIC)] = TEST_SAVE_MAGIC;
    int len = strlen(xml);
    g_autofree char *tmp = g_strdup_printf("%s.XXXXXX", path);
    int fd;

    if ((fd = g_mkstemp_full(tmp, O_WRONLY | O_CLOEXEC, 0600)) < 0) {
        testHost->reportSystemError(virPluginContextInstance, VIR_FROM_TEST, errno,
                                    __FILE__, __func__, __LINE__,
                                    "saving domain '%s' to '%s': open failed", name, path);
        return -1;
    }
    if (write(fd, magic, sizeof(magic)) != (ssize_t)sizeof(magic) ||
        write(fd, &len, sizeof(len)) != (ssize_t)sizeof(len) ||
        write(fd, xml, len) != len || fsync(fd) < 0) {
        int err = errno;

        close(fd);
        unlink(tmp);
        testHost->reportSystemError(virPluginContextInstance, VIR_FROM_TEST, err,
                                    __FILE__, __func__, __LINE__,
                                    "saving domain failed to write '%s'", path);
        return -1;
    }
    if (close(fd) < 0 || rename(tmp, path) < 0) {
        int err = errno;

        unlink(tmp);
        testHost->reportSystemError(virPluginContextInstance, VIR_FROM_TEST, err,
                                    __FILE__, __func__, __LINE__,
                                    "saving domain failed to write '%s'", path);
        return -1;
    }
    return 0;
}

/* The XML of a save file, or NULL with libvirt's errors. */
static char *
testDomainReadSaveFile(const char *path)
{
    g_autofree char *content = NULL;
    g_autoptr(GError) gerr = NULL;
    gsize size;
    int len;

    if (!g_file_get_contents(path, &content, &size, &gerr)) {
        testHost->reportSystemError(virPluginContextInstance, VIR_FROM_TEST,
                                    gerr->code == G_FILE_ERROR_NOENT ? ENOENT : EIO,
                                    __FILE__, __func__, __LINE__,
                                    "cannot read domain image '%s'", path);
        return NULL;
    }
    if (size < sizeof(TEST_SAVE_MAGIC) + sizeof(int)) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "incomplete save header in '%s'", path);
        return NULL;
    }
    if (memcmp(content, TEST_SAVE_MAGIC, sizeof(TEST_SAVE_MAGIC)) != 0) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "%s", "mismatched header magic");
        return NULL;
    }
    memcpy(&len, content + sizeof(TEST_SAVE_MAGIC), sizeof(len));
    if (len < 1 || len > TEST_SAVE_XML_MAX) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "%s", "length of metadata out of range");
        return NULL;
    }
    if (size - sizeof(TEST_SAVE_MAGIC) - sizeof(int) < (gsize)len) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "incomplete metadata in '%s'", path);
        return NULL;
    }
    return g_strndup(content + sizeof(TEST_SAVE_MAGIC) + sizeof(int), len);
}

/* Saves @obj's live definition to @path. */
static int
testDomainSaveImage(testDomainObj *obj, const char *path)
{
    g_autofree char *xml = testConf->domainFormat(obj->def, VIR_DOMAIN_XML_SECURE);

    if (!xml)
        return -1;
    return testDomainWriteSaveFile(path, xml, obj->name);
}

static int
testDomainSaveFlags(virDomainPtr dom, const char *to, const char *dxml, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, 0, -1);
    if (dxml) {
        testReportError(VIR_ERR_ARGUMENT_UNSUPPORTED, "%s",
                        "xml modification unsupported");
        return -1;
    }
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (!testDomainIsActive(obj)) {
        testDomainNotActive();
        return -1;
    }
    if (testDomainSaveImage(obj, to) < 0)
        return -1;
    testDomainStop(driver, obj, VIR_DOMAIN_SHUTOFF_SAVED, VIR_DOMAIN_EVENT_STOPPED_SAVED);
    testHost->domainSetID(dom, -1);
    return 0;
}

static int
testDomainSave(virDomainPtr dom, const char *to)
{
    return testDomainSaveFlags(dom, to, NULL, 0);
}

static int
testDomainRestoreFlags(virConnectPtr conn, const char *from, const char *dxml,
                       unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    g_autofree char *xml = NULL;
    virPluginDomainDef *def;
    testDomainObj *obj;

    /* libvirt's test driver takes no flags here (it starts what it restores) */
    testCheckFlags(flags, 0, -1);
    if (dxml) {
        testReportError(VIR_ERR_ARGUMENT_UNSUPPORTED, "%s",
                        "xml modification unsupported");
        return -1;
    }
    if (!(xml = testDomainReadSaveFile(from)))
        return -1;
    if (!(def = testConf->domainParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE)))
        return -1;
    driver = testDriverLockConn(conn);
    if (testDomainCheckClash(driver, def, true, &obj) < 0) {
        testConf->domainFree(def);
        return -1;
    }
    if (!obj) {
        obj = testDomainAdd(driver, def);
    } else {
        obj->newDef = obj->def;
        obj->def = def;
    }
    testDomainStart(driver, obj, VIR_DOMAIN_RUNNING_RESTORED, VIR_DOMAIN_EVENT_STARTED_RESTORED);
    return 0;
}

static int
testDomainRestore(virConnectPtr conn, const char *from)
{
    return testDomainRestoreFlags(conn, from, NULL, 0);
}

static char *
testDomainSaveImageGetXMLDesc(virConnectPtr conn G_GNUC_UNUSED, const char *file,
                              unsigned int flags)
{
    g_autofree char *xml = NULL;
    virPluginDomainDef *def;
    char *ret;

    testCheckFlags(flags, VIR_DOMAIN_SAVE_IMAGE_XML_SECURE, NULL);
    if (!(xml = testDomainReadSaveFile(file)))
        return NULL;
    if (!(def = testConf->domainParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE)))
        return NULL;
    ret = testConf->domainFormat(def, VIR_DOMAIN_XML_INACTIVE |
                                 ((flags & VIR_DOMAIN_SAVE_IMAGE_XML_SECURE) ?
                                  VIR_DOMAIN_XML_SECURE : 0));
    testConf->domainFree(def);
    return ret;
}

/* Both sides normalised with the same flags before the ABI check, so that
 * an edit that leaves the guest ABI alone is always accepted. */
static int
testDomainSaveImageDefineXML(virConnectPtr conn G_GNUC_UNUSED, const char *file,
                             const char *dxml, unsigned int flags)
{
    const unsigned int norm = VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE |
                              VIR_DOMAIN_XML_MIGRATABLE;
    g_autofree char *oldXML = NULL;
    g_autofree char *newXML = NULL;
    virPluginDomainDef *oldDef = NULL;
    virPluginDomainDef *newDef = NULL;
    virPluginDomainDef *oldNorm = NULL;
    virPluginDomainDef *newNorm = NULL;
    g_autofree char *name = NULL;
    int ret = -1;

    testCheckFlags(flags, VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED, -1);
    if (!(oldXML = testDomainReadSaveFile(file)) ||
        !(oldDef = testConf->domainParse(oldXML, VIR_PLUGIN_CONF_PARSE_INACTIVE)) ||
        !(newDef = testConf->domainParse(dxml, VIR_PLUGIN_CONF_PARSE_INACTIVE)) ||
        !(oldNorm = testConf->domainCopy(oldDef, norm)) ||
        !(newNorm = testConf->domainCopy(newDef, norm)) ||
        testConf->domainCheckABIStability(oldNorm, newNorm, 0) < 0 ||
        !(newXML = testConf->domainFormat(newDef, VIR_DOMAIN_XML_SECURE)))
        goto cleanup;
    testConf->getString(newDef, VIR_PLUGIN_DOMAIN_NAME, 0, &name);
    ret = testDomainWriteSaveFile(file, newXML, name);

 cleanup:
    testConf->domainFree(oldDef);
    testConf->domainFree(newDef);
    testConf->domainFree(oldNorm);
    testConf->domainFree(newNorm);
    return ret;
}

static int
testDomainManagedSave(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, VIR_DOMAIN_SAVE_BYPASS_CACHE | VIR_DOMAIN_SAVE_RUNNING |
                   VIR_DOMAIN_SAVE_PAUSED, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (!testDomainIsActive(obj)) {
        testDomainNotActive();
        return -1;
    }
    if (!obj->persistent) {
        testReportError(VIR_ERR_OPERATION_INVALID, "%s",
                        "cannot do managed save for transient domain");
        return -1;
    }
    testDomainStop(driver, obj, VIR_DOMAIN_SHUTOFF_SAVED, VIR_DOMAIN_EVENT_STOPPED_SAVED);
    obj->hasManagedSave = true;
    testHost->domainSetID(dom, -1);
    return 0;
}

static int
testDomainHasManagedSaveImage(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, 0, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    return obj->hasManagedSave;
}

static int
testDomainManagedSaveRemove(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, 0, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    obj->hasManagedSave = false;
    return 0;
}


/* ---- information -------------------------------------------------------------------- */

static unsigned long long
testDomainNumber(const virPluginDomainDef *def, virPluginConfField field)
{
    unsigned long long value = 0;

    testConf->getNumber(def, field, 0, &value);
    return value;
}

static int
testDomainGetInfo(virDomainPtr dom, virDomainInfoPtr info)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    info->state = obj->state;
    info->maxMem = testDomainNumber(obj->def, VIR_PLUGIN_DOMAIN_MEMORY_TOTAL);
    info->memory = testDomainNumber(obj->def, VIR_PLUGIN_DOMAIN_MEMORY_CURRENT);
    info->nrVirtCpu = testDomainNumber(obj->def, VIR_PLUGIN_DOMAIN_VCPUS_CURRENT);
    info->cpuTime = (unsigned long long)g_get_real_time() * 1000ULL;
    return 0;
}

static int
testDomainGetState(virDomainPtr dom, int *state, int *reason, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, 0, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    *state = obj->state;
    if (reason)
        *reason = obj->reason;
    return 0;
}

static char *
testDomainGetOSType(virDomainPtr dom)
{
    g_autoptr(testDriver) driver = NULL;

    if (!testDomainObjFromDomain(dom, &driver))
        return NULL;
    return g_strdup("linux");
}

static unsigned long
testDomainGetMaxMemory(virDomainPtr dom)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return 0;
    return testDomainNumber(obj->def, VIR_PLUGIN_DOMAIN_MEMORY_TOTAL);
}

static int
testDomainIsActiveCB(virDomainPtr dom)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    return testDomainIsActive(obj);
}

static int
testDomainIsPersistent(virDomainPtr dom)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    return obj->persistent;
}

static int
testDomainIsUpdated(virDomainPtr dom)
{
    g_autoptr(testDriver) driver = NULL;

    if (!testDomainObjFromDomain(dom, &driver))
        return -1;
    return 0;
}

static int
testDomainGetAutostart(virDomainPtr dom, int *autostart)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    *autostart = obj->autostart;
    return 0;
}

static int
testDomainSetAutostart(virDomainPtr dom, int autostart)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    obj->autostart = autostart != 0;
    return 0;
}

static int
testDomainGetSecurityLabel(virDomainPtr dom, virSecurityLabelPtr seclabel)
{
    g_autoptr(testDriver) driver = NULL;

    testDomainObj *obj;

    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    memset(seclabel, 0, sizeof(*seclabel));
    /* libvirt's test driver labels running domains only */
    if (testDomainIsActive(obj)) {
        g_strlcpy(seclabel->label, "libvirt-test", sizeof(seclabel->label));
        seclabel->enforcing = 1;
    }
    return 0;
}

static int
testNodeGetSecurityModel(virConnectPtr conn G_GNUC_UNUSED, virSecurityModelPtr secmodel)
{
    memset(secmodel, 0, sizeof(*secmodel));
    g_strlcpy(secmodel->model, "testSecurity", sizeof(secmodel->model));
    return 0;
}


/* ---- memory and vCPUs ------------------------------------------------------------------ */

static int
testDomainSetMemoryFlags(virDomainPtr dom, unsigned long memory, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;
    virPluginDomainDef *defs[2] = { NULL, NULL };
    size_t i;

    testCheckFlags(flags, TEST_AFFECT_FLAGS | VIR_DOMAIN_MEM_MAXIMUM, -1);
    testCheckAffectOne(flags, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (testDomainAffect(obj, &flags) < 0)
        return -1;
    if (flags & VIR_DOMAIN_AFFECT_LIVE)
        defs[0] = testDomainLiveDef(obj);
    if (flags & VIR_DOMAIN_AFFECT_CONFIG)
        defs[1] = testDomainConfigDef(obj);

    if (flags & VIR_DOMAIN_MEM_MAXIMUM) {
        if (defs[0]) {
            testReportError(VIR_ERR_OPERATION_INVALID, "%s",
                            "cannot resize the maximum memory on an active domain");
            return -1;
        }
        testConf->setNumber(defs[1], VIR_PLUGIN_DOMAIN_MEMORY_TOTAL, 0, memory);
        if (testDomainNumber(defs[1], VIR_PLUGIN_DOMAIN_MEMORY_CURRENT) > memory)
            testConf->setNumber(defs[1], VIR_PLUGIN_DOMAIN_MEMORY_CURRENT, 0, memory);
        return 0;
    }
    for (i = 0; i < G_N_ELEMENTS(defs); i++) {
        if (defs[i] && memory > testDomainNumber(defs[i], VIR_PLUGIN_DOMAIN_MEMORY_TOTAL)) {
            testReportError(VIR_ERR_INVALID_ARG, "%s",
                            "cannot set memory higher than max memory");
            return -1;
        }
    }
    for (i = 0; i < G_N_ELEMENTS(defs); i++) {
        if (defs[i])
            testConf->setNumber(defs[i], VIR_PLUGIN_DOMAIN_MEMORY_CURRENT, 0, memory);
    }
    return 0;
}

static int
testDomainSetMemory(virDomainPtr dom, unsigned long memory)
{
    return testDomainSetMemoryFlags(dom, memory, VIR_DOMAIN_AFFECT_LIVE);
}

static int
testDomainSetMaxMemory(virDomainPtr dom, unsigned long memory)
{
    return testDomainSetMemoryFlags(dom, memory, VIR_DOMAIN_MEM_MAXIMUM);
}

static int
testDomainGetVcpusFlags(virDomainPtr dom, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;
    const virPluginDomainDef *def;

    testCheckFlags(flags, TEST_AFFECT_FLAGS | VIR_DOMAIN_VCPU_MAXIMUM, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (testDomainAffect(obj, &flags) < 0)
        return -1;
    def = (flags & VIR_DOMAIN_AFFECT_CONFIG) && obj->newDef ? obj->newDef : obj->def;
    return testDomainNumber(def, (flags & VIR_DOMAIN_VCPU_MAXIMUM) ?
                            VIR_PLUGIN_DOMAIN_VCPUS_MAX : VIR_PLUGIN_DOMAIN_VCPUS_CURRENT);
}

static int
testDomainSetVcpusFlags(virDomainPtr dom, unsigned int nrCpus, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;
    virPluginDomainDef *defs[2] = { NULL, NULL };
    size_t i;

    testCheckFlags(flags, TEST_AFFECT_FLAGS | VIR_DOMAIN_VCPU_MAXIMUM, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (testDomainAffect(obj, &flags) < 0)
        return -1;
    if (flags & VIR_DOMAIN_AFFECT_LIVE)
        defs[0] = testDomainLiveDef(obj);
    if (flags & VIR_DOMAIN_AFFECT_CONFIG)
        defs[1] = testDomainConfigDef(obj);

    for (i = 0; i < G_N_ELEMENTS(defs); i++) {
        unsigned long long max;

        /* as libvirt's test driver: a new maximum is checked, live, against
         * the running maximum */
        if (!defs[i] || ((flags & VIR_DOMAIN_VCPU_MAXIMUM) && i != 0))
            continue;
        max = testDomainNumber(defs[i], VIR_PLUGIN_DOMAIN_VCPUS_MAX);
        if (nrCpus > max) {
            testReportError(VIR_ERR_INVALID_ARG,
                            "requested cpu amount exceeds maximum (%u > %llu)", nrCpus, max);
            return -1;
        }
    }
    for (i = 0; i < G_N_ELEMENTS(defs); i++) {
        if (!defs[i])
            continue;
        if (flags & VIR_DOMAIN_VCPU_MAXIMUM) {
            testConf->setNumber(defs[i], VIR_PLUGIN_DOMAIN_VCPUS_MAX, 0, nrCpus);
            if (testDomainNumber(defs[i], VIR_PLUGIN_DOMAIN_VCPUS_CURRENT) > nrCpus)
                testConf->setNumber(defs[i], VIR_PLUGIN_DOMAIN_VCPUS_CURRENT, 0, nrCpus);
        } else {
            testConf->setNumber(defs[i], VIR_PLUGIN_DOMAIN_VCPUS_CURRENT, 0, nrCpus);
        }
    }
    return 0;
}

static int
testDomainSetVcpus(virDomainPtr dom, unsigned int nrCpus)
{
    return testDomainSetVcpusFlags(dom, nrCpus, VIR_DOMAIN_AFFECT_LIVE);
}

static int
testDomainGetMaxVcpus(virDomainPtr dom)
{
    return testDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_VCPU_MAXIMUM);
}


/* ---- metadata ---------------------------------------------------------------------- */

static char *
testDomainGetMetadata(virDomainPtr dom, int type, const char *uri, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;
    const virPluginDomainDef *def;

    testCheckFlags(flags, TEST_AFFECT_FLAGS, NULL);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return NULL;
    if (testDomainAffect(obj, &flags) < 0)
        return NULL;
    def = (flags & VIR_DOMAIN_AFFECT_CONFIG) && obj->newDef ? obj->newDef : obj->def;
    return testConf->domainGetMetadata(def, type, uri);
}

static int
testDomainSetMetadata(virDomainPtr dom, int type, const char *metadata, const char *key,
                      const char *uri, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    testDomainObj *obj;

    testCheckFlags(flags, TEST_AFFECT_FLAGS, -1);
    if (!(obj = testDomainObjFromDomain(dom, &driver)))
        return -1;
    if (testDomainAffect(obj, &flags) < 0)
        return -1;
    if ((flags & VIR_DOMAIN_AFFECT_LIVE) &&
        testConf->domainSetMetadata(testDomainLiveDef(obj), type, metadata, key, uri) < 0)
        return -1;
    if ((flags & VIR_DOMAIN_AFFECT_CONFIG) &&
        testConf->domainSetMetadata(testDomainConfigDef(obj), type, metadata, key, uri) < 0)
        return -1;
    testEventDomainMetadata(driver, obj, type,
                            type == VIR_DOMAIN_METADATA_ELEMENT ? uri : NULL);
    return 0;
}


void
testDomainFillDriver(virPluginHypervisorDriver *drv)
{
    drv->domainLookupByName = testDomainLookupByName;
    drv->domainLookupByUUID = testDomainLookupByUUID;
    drv->domainLookupByID = testDomainLookupByID;
    drv->connectNumOfDomains = testConnectNumOfDomains;
    drv->connectNumOfDefinedDomains = testConnectNumOfDefinedDomains;
    drv->connectListDomains = testConnectListDomains;
    drv->connectListDefinedDomains = testConnectListDefinedDomains;
    drv->connectListAllDomains = testConnectListAllDomains;
    drv->domainDefineXML = testDomainDefineXML;
    drv->domainDefineXMLFlags = testDomainDefineXMLFlags;
    drv->domainUndefine = testDomainUndefine;
    drv->domainUndefineFlags = testDomainUndefineFlags;
    drv->domainGetXMLDesc = testDomainGetXMLDesc;
    drv->domainCreateXML = testDomainCreateXML;
    drv->domainCreate = testDomainCreate;
    drv->domainCreateWithFlags = testDomainCreateWithFlags;
    drv->domainCreateWithFiles = testDomainCreateWithFiles;
    drv->domainCreateXMLWithFiles = testDomainCreateXMLWithFiles;
    drv->domainDestroy = testDomainDestroy;
    drv->domainDestroyFlags = testDomainDestroyFlags;
    drv->domainShutdown = testDomainShutdown;
    drv->domainShutdownFlags = testDomainShutdownFlags;
    drv->domainReboot = testDomainReboot;
    drv->domainReset = testDomainReset;
    drv->domainSuspend = testDomainSuspend;
    drv->domainResume = testDomainResume;
    drv->domainSave = testDomainSave;
    drv->domainSaveFlags = testDomainSaveFlags;
    drv->domainRestore = testDomainRestore;
    drv->domainRestoreFlags = testDomainRestoreFlags;
    drv->domainSaveImageGetXMLDesc = testDomainSaveImageGetXMLDesc;
    drv->domainSaveImageDefineXML = testDomainSaveImageDefineXML;
    drv->domainManagedSave = testDomainManagedSave;
    drv->domainHasManagedSaveImage = testDomainHasManagedSaveImage;
    drv->domainManagedSaveRemove = testDomainManagedSaveRemove;
    drv->domainGetInfo = testDomainGetInfo;
    drv->domainGetState = testDomainGetState;
    drv->domainGetOSType = testDomainGetOSType;
    drv->domainGetMaxMemory = testDomainGetMaxMemory;
    drv->domainIsActive = testDomainIsActiveCB;
    drv->domainIsPersistent = testDomainIsPersistent;
    drv->domainIsUpdated = testDomainIsUpdated;
    drv->domainGetAutostart = testDomainGetAutostart;
    drv->domainSetAutostart = testDomainSetAutostart;
    drv->domainGetSecurityLabel = testDomainGetSecurityLabel;
    drv->nodeGetSecurityModel = testNodeGetSecurityModel;
    drv->domainSetMemory = testDomainSetMemory;
    drv->domainSetMemoryFlags = testDomainSetMemoryFlags;
    drv->domainSetMaxMemory = testDomainSetMaxMemory;
    drv->domainGetVcpusFlags = testDomainGetVcpusFlags;
    drv->domainSetVcpusFlags = testDomainSetVcpusFlags;
    drv->domainSetVcpus = testDomainSetVcpus;
    drv->domainGetMaxVcpus = testDomainGetMaxVcpus;
    drv->domainGetMetadata = testDomainGetMetadata;
    drv->domainSetMetadata = testDomainSetMetadata;
}
