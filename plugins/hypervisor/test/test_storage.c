/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * test_storage.c: storage pools and volumes of the test hypervisor
 *
 * Pools and volumes exist only in the connection's driver state, guarded by
 * its one lock.  Every pool gets libvirt's test sizes when it is defined,
 * created or loaded (a capacity of 100 GiB, nothing allocated); a volume's
 * allocation is added to its pool's on creation and taken off on deletion.
 * A new volume's path and key are <pool target>/<name>.  The behaviour,
 * the quirks included, is that of libvirt 9.0's test driver: volumes stay
 * in a stopped pool, redefining a pool resets its sizes, and the lists come
 * in the order the objects were added (libvirt's order is that of a hash
 * table, which is random).
 */
#include <config.h>

#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "test_private.h"

#define TEST_POOL_CAPACITY (100ULL * 1024 * 1024 * 1024)

/* The pool types, in the order of libvirt's virStoragePoolType. */
typedef enum {
    TEST_POOL_DIR = 0,
    TEST_POOL_FS,
    TEST_POOL_NETFS,
    TEST_POOL_LOGICAL,
    TEST_POOL_DISK,
    TEST_POOL_ISCSI,
    TEST_POOL_ISCSI_DIRECT,
    TEST_POOL_SCSI,
    TEST_POOL_MPATH,
    TEST_POOL_RBD,
    TEST_POOL_SHEEPDOG,
    TEST_POOL_GLUSTER,
    TEST_POOL_ZFS,
    TEST_POOL_VSTORAGE,

    TEST_POOL_LAST
} testPoolType;

static const struct {
    const char *name;
    unsigned int listFlag;            /* VIR_CONNECT_LIST_STORAGE_POOLS_<type> */
    int volType;                      /* what virStorageVolGetInfo() says */
} testPoolTypes[] = {
    [TEST_POOL_DIR] = { "dir", VIR_CONNECT_LIST_STORAGE_POOLS_DIR, VIR_STORAGE_VOL_FILE },
    [TEST_POOL_FS] = { "fs", VIR_CONNECT_LIST_STORAGE_POOLS_FS, VIR_STORAGE_VOL_FILE },
    [TEST_POOL_NETFS] = { "netfs", VIR_CONNECT_LIST_STORAGE_POOLS_NETFS, VIR_STORAGE_VOL_FILE },
    [TEST_POOL_LOGICAL] = { "logical", VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL,
                            VIR_STORAGE_VOL_BLOCK },
    [TEST_POOL_DISK] = { "disk", VIR_CONNECT_LIST_STORAGE_POOLS_DISK, VIR_STORAGE_VOL_BLOCK },
    [TEST_POOL_ISCSI] = { "iscsi", VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI, VIR_STORAGE_VOL_BLOCK },
    [TEST_POOL_ISCSI_DIRECT] = { "iscsi-direct", VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT,
                                 VIR_STORAGE_VOL_NETWORK },
    [TEST_POOL_SCSI] = { "scsi", VIR_CONNECT_LIST_STORAGE_POOLS_SCSI, VIR_STORAGE_VOL_BLOCK },
    [TEST_POOL_MPATH] = { "mpath", VIR_CONNECT_LIST_STORAGE_POOLS_MPATH, VIR_STORAGE_VOL_BLOCK },
    [TEST_POOL_RBD] = { "rbd", VIR_CONNECT_LIST_STORAGE_POOLS_RBD, VIR_STORAGE_VOL_NETWORK },
    [TEST_POOL_SHEEPDOG] = { "sheepdog", VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG,
                             VIR_STORAGE_VOL_NETWORK },
    [TEST_POOL_GLUSTER] = { "gluster", VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER,
                            VIR_STORAGE_VOL_NETWORK },
    [TEST_POOL_ZFS] = { "zfs", VIR_CONNECT_LIST_STORAGE_POOLS_ZFS, VIR_STORAGE_VOL_BLOCK },
    [TEST_POOL_VSTORAGE] = { "vstorage", VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE,
                             VIR_STORAGE_VOL_FILE },
};
G_STATIC_ASSERT(G_N_ELEMENTS(testPoolTypes) == TEST_POOL_LAST);

#define TEST_LIST_POOLS_FILTERS \
    (VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE | VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE | \
     VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT | VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT | \
     VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART | VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART | \
     VIR_CONNECT_LIST_STORAGE_POOLS_DIR | VIR_CONNECT_LIST_STORAGE_POOLS_FS | \
     VIR_CONNECT_LIST_STORAGE_POOLS_NETFS | VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL | \
     VIR_CONNECT_LIST_STORAGE_POOLS_DISK | VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI | \
     VIR_CONNECT_LIST_STORAGE_POOLS_SCSI | VIR_CONNECT_LIST_STORAGE_POOLS_MPATH | \
     VIR_CONNECT_LIST_STORAGE_POOLS_RBD | VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG | \
     VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER | VIR_CONNECT_LIST_STORAGE_POOLS_ZFS | \
     VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE | VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT)

/* What virConnectFindStoragePoolSources() finds, as libvirt's test driver. */
static const char testPoolSourcesLogical[] =
    "<sources>\n"
    "  <source>\n"
    "    <device path='/dev/sda20'/>\n"
    "    <name>testvg1</name>\n"
    "    <format type='lvm2'/>\n"
    "  </source>\n"
    "  <source>\n"
    "    <device path='/dev/sda21'/>\n"
    "    <name>testvg2</name>\n"
    "    <format type='lvm2'/>\n"
    "  </source>\n"
    "</sources>\n";

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlDoc, xmlFreeDoc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathContext, xmlXPathFreeContext);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathObject, xmlXPathFreeObject);

/* Errors libvirt reports from its storage configuration code. */
#define testReportStorageError(code, ...) \
    testHost->reportError(virPluginContextInstance, VIR_FROM_STORAGE, (code), \
                          __FILE__, __func__, __LINE__, __VA_ARGS__)


/* ---- objects ---------------------------------------------------------------- */

static void
testPoolDefFree(virPluginStoragePoolDef *def)
{
    testConf->poolFree(def);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virPluginStoragePoolDef, testPoolDefFree);

static void
testVolDefFree(virPluginStorageVolDef *def)
{
    testConf->volFree(def);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virPluginStorageVolDef, testVolDefFree);

static void
testVolObjFree(testVolObj *vol)
{
    if (!vol)
        return;
    testConf->volFree(vol->def);
    g_free(vol->name);
    g_free(vol->key);
    g_free(vol->path);
    g_free(vol);
}

/**
 * testPoolObjFree:
 * @obj: a pool of a driver state, or NULL
 *
 * Frees the pool with its definitions and volumes.
 */
void
testPoolObjFree(testPoolObj *obj)
{
    if (!obj)
        return;
    g_clear_pointer(&obj->volumes, g_ptr_array_unref);
    testConf->poolFree(obj->def);
    testConf->poolFree(obj->newDef);
    g_free(obj->name);
    g_free(obj);
}

static char *
testDefString(const void *def, virPluginConfField field, size_t index)
{
    char *value = NULL;

    if (testConf->getString(def, field, index, &value) <= 0)
        return NULL;
    return value;
}

static unsigned long long
testDefNumber(const void *def, virPluginConfField field)
{
    unsigned long long value = 0;

    if (testConf->getNumber(def, field, 0, &value) <= 0)
        return 0;
    return value;
}

static void
testDefSetNumber(void *def, virPluginConfField field, unsigned long long value)
{
    /* the fields are writable numbers of the definition's own kind */
    (void)testConf->setNumber(def, field, 0, value);
}

static testPoolType
testPoolDefType(const virPluginStoragePoolDef *def)
{
    g_autofree char *type = testDefString(def, VIR_PLUGIN_POOL_TYPE, 0);
    size_t i;

    for (i = 0; type && i < TEST_POOL_LAST; i++) {
        if (strcmp(type, testPoolTypes[i].name) == 0)
            return i;
    }
    return TEST_POOL_LAST;
}

/* The sizes every pool starts with: 100 GiB, none of it allocated. */
static void
testPoolDefSetDefaultSizes(virPluginStoragePoolDef *def)
{
    testDefSetNumber(def, VIR_PLUGIN_POOL_CAPACITY, TEST_POOL_CAPACITY);
    testDefSetNumber(def, VIR_PLUGIN_POOL_ALLOCATION, 0);
    testDefSetNumber(def, VIR_PLUGIN_POOL_AVAILABLE, TEST_POOL_CAPACITY);
}

/* Adds @delta (wrapping, as libvirt's unsigned arithmetic does) to the
 * pool's allocation and recomputes what is available. */
static void
testPoolAddAllocation(testPoolObj *obj, unsigned long long delta, bool subtract)
{
    unsigned long long capacity = testDefNumber(obj->def, VIR_PLUGIN_POOL_CAPACITY);
    unsigned long long allocation = testDefNumber(obj->def, VIR_PLUGIN_POOL_ALLOCATION);

    allocation = subtract ? allocation - delta : allocation + delta;
    testDefSetNumber(obj->def, VIR_PLUGIN_POOL_ALLOCATION, allocation);
    testDefSetNumber(obj->def, VIR_PLUGIN_POOL_AVAILABLE, capacity - allocation);
}

static testPoolObj *
testPoolFindByName(testDriver *driver, const char *name)
{
    size_t i;

    for (i = 0; i < driver->pools->len; i++) {
        testPoolObj *obj = g_ptr_array_index(driver->pools, i);

        if (strcmp(obj->name, name) == 0)
            return obj;
    }
    return NULL;
}

static testPoolObj *
testPoolFindByUUID(testDriver *driver, const unsigned char *uuid)
{
    size_t i;

    for (i = 0; i < driver->pools->len; i++) {
        testPoolObj *obj = g_ptr_array_index(driver->pools, i);

        if (memcmp(obj->uuid, uuid, VIR_UUID_BUFLEN) == 0)
            return obj;
    }
    return NULL;
}

static testVolObj *
testVolFindByName(testPoolObj *obj, const char *name)
{
    size_t i;

    for (i = 0; i < obj->volumes->len; i++) {
        testVolObj *vol = g_ptr_array_index(obj->volumes, i);

        if (strcmp(vol->name, name) == 0)
            return vol;
    }
    return NULL;
}

/* The pool named @name, or NULL with libvirt's error. */
static testPoolObj *
testPoolGet(testDriver *driver, const char *name)
{
    testPoolObj *obj = testPoolFindByName(driver, name);

    if (!obj)
        testReportError(VIR_ERR_NO_STORAGE_POOL, "no storage pool with matching name '%s'", name);
    return obj;
}

static testPoolObj *
testPoolGetByUUID(testDriver *driver, const unsigned char *uuid)
{
    testPoolObj *obj = testPoolFindByUUID(driver, uuid);
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    if (!obj) {
        testUUIDFormat(uuid, uuidstr);
        testReportError(VIR_ERR_NO_STORAGE_POOL, "no storage pool with matching uuid '%s'",
                        uuidstr);
    }
    return obj;
}

static testPoolObj *
testPoolGetActive(testDriver *driver, const char *name)
{
    testPoolObj *obj = testPoolGet(driver, name);

    if (obj && !obj->active) {
        testReportError(VIR_ERR_OPERATION_INVALID, "storage pool '%s' is not active", name);
        return NULL;
    }
    return obj;
}

static testPoolObj *
testPoolGetInactive(testDriver *driver, const char *name)
{
    testPoolObj *obj = testPoolGet(driver, name);

    if (obj && obj->active) {
        testReportError(VIR_ERR_OPERATION_INVALID, "storage pool '%s' is active", name);
        return NULL;
    }
    return obj;
}

static testVolObj *
testVolGet(testPoolObj *obj, const char *name)
{
    testVolObj *vol = testVolFindByName(obj, name);

    if (!vol)
        testReportError(VIR_ERR_NO_STORAGE_VOL, "no storage vol with matching name '%s'", name);
    return vol;
}

/* A transient pool never starts with the host, whatever it was set to
 * when it was persistent. */
static bool
testPoolIsAutostart(testPoolObj *obj)
{
    return obj->persistent && obj->autostart;
}

static void
testPoolRemove(testDriver *driver, testPoolObj *obj)
{
    g_ptr_array_remove(driver->pools, obj);
}


/* ---- pool sources: two pools may not use the same storage ------------------- */

/* A value of @def the configuration table has no field for (a host's
 * port, the iSCSI initiator, the SCSI adapter), read from the formatted
 * definition: the string value of @xpath, NULL when empty. */
static char *
testPoolDefQuery(const virPluginStoragePoolDef *def, const char *xpath)
{
    g_autofree char *xml = testConf->poolFormat(def);
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlXPathObject) res = NULL;

    if (!xml ||
        !(doc = xmlReadMemory(xml, strlen(xml), NULL, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) ||
        !(ctxt = xmlXPathNewContext(doc)) ||
        !(res = xmlXPathEvalExpression(BAD_CAST xpath, ctxt)) ||
        res->type != XPATH_STRING || !res->stringval || !*res->stringval)
        return NULL;
    return g_strdup((const char *)res->stringval);
}

static bool
testStrEqual(const char *a, const char *b)
{
    return g_strcmp0(a, b) == 0;
}

/* Both have exactly one host, the same one (name and port). */
static bool
testPoolSameSingleHost(const virPluginStoragePoolDef *a, const virPluginStoragePoolDef *b)
{
    g_autofree char *nameA = NULL;
    g_autofree char *nameB = NULL;
    g_autofree char *portA = NULL;
    g_autofree char *portB = NULL;

    if (testConf->count(a, VIR_PLUGIN_POOL_SOURCE_HOST) != 1 ||
        testConf->count(b, VIR_PLUGIN_POOL_SOURCE_HOST) != 1)
        return false;
    nameA = testDefString(a, VIR_PLUGIN_POOL_SOURCE_HOST, 0);
    nameB = testDefString(b, VIR_PLUGIN_POOL_SOURCE_HOST, 0);
    portA = testPoolDefQuery(a, "string(/pool/source/host[1]/@port)");
    portB = testPoolDefQuery(b, "string(/pool/source/host[1]/@port)");
    return testStrEqual(nameA, nameB) && testStrEqual(portA, portB);
}

static bool
testPoolSameString(const virPluginStoragePoolDef *a, const virPluginStoragePoolDef *b,
                   virPluginConfField field)
{
    g_autofree char *valueA = testDefString(a, field, 0);
    g_autofree char *valueB = testDefString(b, field, 0);

    return testStrEqual(valueA, valueB);
}

/* One source device path of @a is one of @b. */
static bool
testPoolShareDevice(const virPluginStoragePoolDef *a, const virPluginStoragePoolDef *b)
{
    ssize_t na = testConf->count(a, VIR_PLUGIN_POOL_SOURCE_DEVICE);
    ssize_t nb = testConf->count(b, VIR_PLUGIN_POOL_SOURCE_DEVICE);
    ssize_t i;
    ssize_t j;

    for (i = 0; i < na; i++) {
        g_autofree char *pathA = testDefString(a, VIR_PLUGIN_POOL_SOURCE_DEVICE, i);

        for (j = 0; pathA && j < nb; j++) {
            g_autofree char *pathB = testDefString(b, VIR_PLUGIN_POOL_SOURCE_DEVICE, j);

            if (testStrEqual(pathA, pathB))
                return true;
        }
    }
    return false;
}

/* The number of a SCSI host named "scsi_hostN", "fc_hostN" or "hostN". */
static bool
testSCSIHostNumber(const char *name, unsigned int *num)
{
    static const char *const prefixes[] = { "scsi_host", "fc_host", "host" };
    guint64 value;
    size_t i;

    for (i = 0; name && i < G_N_ELEMENTS(prefixes); i++) {
        if (g_str_has_prefix(name, prefixes[i])) {
            if (!g_ascii_string_to_unsigned(name + strlen(prefixes[i]), 10, 0, G_MAXUINT,
                                            &value, NULL))
                return false;
            *num = value;
            return true;
        }
    }
    return false;
}

/* An fc_host adapter whose parent is SCSI host @num.  (libvirt also looks
 * for the vHBA in sysfs, where a test host has none.) */
static bool
testPoolFCHostIsSCSIHost(const virPluginStoragePoolDef *fc, unsigned int num)
{
    g_autofree char *parent = testPoolDefQuery(fc, "string(/pool/source/adapter/@parent)");
    unsigned int parentNum;

    return testSCSIHostNumber(parent, &parentNum) && parentNum == num;
}

/* The SCSI host number of a scsi_host adapter given by name.  One given by
 * its parent's PCI address would be looked up in sysfs: never found here. */
static bool
testPoolSCSIHostNumber(const virPluginStoragePoolDef *def, unsigned int *num)
{
    g_autofree char *name = NULL;

    if (testPoolDefQuery(def, "string(/pool/source/adapter/parentaddr/@unique_id)"))
        return false;
    name = testPoolDefQuery(def, "string(/pool/source/adapter/@name)");
    return testSCSIHostNumber(name, num);
}

static bool
testPoolSameAdapter(const virPluginStoragePoolDef *a, const virPluginStoragePoolDef *b)
{
    g_autofree char *typeA = testPoolDefQuery(a, "string(/pool/source/adapter/@type)");
    g_autofree char *typeB = testPoolDefQuery(b, "string(/pool/source/adapter/@type)");
    bool fcA = testStrEqual(typeA, "fc_host");
    bool fcB = testStrEqual(typeB, "fc_host");
    bool scsiA = testStrEqual(typeA, "scsi_host");
    bool scsiB = testStrEqual(typeB, "scsi_host");
    unsigned int numA;
    unsigned int numB;

    if (fcA && fcB) {
        g_autofree char *wwnnA = testPoolDefQuery(a, "string(/pool/source/adapter/@wwnn)");
        g_autofree char *wwnnB = testPoolDefQuery(b, "string(/pool/source/adapter/@wwnn)");
        g_autofree char *wwpnA = testPoolDefQuery(a, "string(/pool/source/adapter/@wwpn)");
        g_autofree char *wwpnB = testPoolDefQuery(b, "string(/pool/source/adapter/@wwpn)");

        return testStrEqual(wwnnA, wwnnB) && testStrEqual(wwpnA, wwpnB);
    }
    if (scsiA && scsiB) {
        static const char parent[] = "concat(/pool/source/adapter/parentaddr/@unique_id, ':', "
                                     "/pool/source/adapter/parentaddr/address/@domain, ':', "
                                     "/pool/source/adapter/parentaddr/address/@bus, ':', "
                                     "/pool/source/adapter/parentaddr/address/@slot, ':', "
                                     "/pool/source/adapter/parentaddr/address/@function)";
        g_autofree char *uniqueA =
            testPoolDefQuery(a, "string(/pool/source/adapter/parentaddr/@unique_id)");
        g_autofree char *uniqueB =
            testPoolDefQuery(b, "string(/pool/source/adapter/parentaddr/@unique_id)");

        if (uniqueA && uniqueB) {
            g_autofree char *addrA = testPoolDefQuery(a, parent);
            g_autofree char *addrB = testPoolDefQuery(b, parent);

            if (testStrEqual(addrA, addrB))
                return true;
        }
        return testPoolSCSIHostNumber(a, &numA) && testPoolSCSIHostNumber(b, &numB) &&
               numA == numB;
    }
    if (fcA && scsiB)
        return testPoolSCSIHostNumber(b, &numB) && testPoolFCHostIsSCSIHost(a, numB);
    if (scsiA && fcB)
        return testPoolSCSIHostNumber(a, &numA) && testPoolFCHostIsSCSIHost(b, numA);
    return false;
}

static bool
testPoolTypeUsesDevices(testPoolType type)
{
    return type == TEST_POOL_ISCSI || type == TEST_POOL_ISCSI_DIRECT || type == TEST_POOL_FS ||
           type == TEST_POOL_LOGICAL || type == TEST_POOL_DISK || type == TEST_POOL_ZFS;
}

/* Whether @def, a new definition, uses the storage of @obj, another pool. */
static bool
testPoolSourceConflicts(testPoolObj *obj, const virPluginStoragePoolDef *def)
{
    const virPluginStoragePoolDef *cur = obj->def;
    testPoolType curType = testPoolDefType(cur);
    testPoolType newType = testPoolDefType(def);

    switch (curType) {
    case TEST_POOL_DIR:
        return newType == curType &&
               testPoolSameString(cur, def, VIR_PLUGIN_POOL_TARGET_PATH);
    case TEST_POOL_NETFS:
        return newType == curType &&
               testPoolSameString(cur, def, VIR_PLUGIN_POOL_SOURCE_DIR) &&
               testPoolSameSingleHost(cur, def);
    case TEST_POOL_GLUSTER:
        return newType == curType &&
               testPoolSameString(cur, def, VIR_PLUGIN_POOL_SOURCE_NAME) &&
               testPoolSameString(cur, def, VIR_PLUGIN_POOL_SOURCE_DIR) &&
               testPoolSameSingleHost(cur, def);
    case TEST_POOL_SCSI:
        return newType == curType && testPoolSameAdapter(cur, def);
    case TEST_POOL_ISCSI:
    case TEST_POOL_ISCSI_DIRECT:
    case TEST_POOL_FS:
    case TEST_POOL_LOGICAL:
    case TEST_POOL_DISK:
    case TEST_POOL_ZFS:
        if (!testPoolTypeUsesDevices(newType))
            return false;
        if (curType == TEST_POOL_ISCSI) {
            /* the same target through the same initiator, whatever the host */
            g_autofree char *iqnCur = NULL;
            g_autofree char *iqnNew = NULL;

            if (newType != TEST_POOL_ISCSI || !testPoolShareDevice(cur, def))
                return false;
            iqnCur = testPoolDefQuery(cur, "string(/pool/source/initiator/iqn/@name)");
            iqnNew = testPoolDefQuery(def, "string(/pool/source/initiator/iqn/@name)");
            return testStrEqual(iqnCur, iqnNew);
        }
        return newType != TEST_POOL_ISCSI && testPoolShareDevice(cur, def);
    case TEST_POOL_SHEEPDOG:
        return newType == curType && testPoolSameSingleHost(cur, def);
    case TEST_POOL_MPATH:
        /* one multipath pool per host */
        return newType == curType;
    case TEST_POOL_VSTORAGE:
        return newType == curType &&
               testPoolSameString(cur, def, VIR_PLUGIN_POOL_SOURCE_NAME);
    case TEST_POOL_RBD:
    case TEST_POOL_LAST:
    default:
        return false;
    }
}


/* ---- adding pools -------------------------------------------------------------- */

typedef enum {
    /* refuse to replace an active pool (creating rather than defining) */
    TEST_POOL_ADD_CHECK_LIVE = 1 << 0,
} testPoolAddFlags;

/*
 * testPoolAdd:
 * @driver: the locked state
 * @def: the new definition; taken (set to NULL) on success
 * @flags: testPoolAddFlags
 *
 * Adds a pool for @def, or gives an existing pool of the same name and
 * UUID the new definition (the next one, if the pool is running), after
 * libvirt's checks: no other pool may use the same storage, or have the
 * same UUID or name.  The new pool is inactive and transient.
 *
 * Returns the pool, or NULL with an error reported.
 */
static testPoolObj *
testPoolAdd(testDriver *driver, virPluginStoragePoolDef **def, unsigned int flags)
{
    g_autofree char *name = testDefString(*def, VIR_PLUGIN_POOL_NAME, 0);
    unsigned char uuid[VIR_UUID_BUFLEN];
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    testPoolObj *obj;
    size_t i;

    if (!name || testConf->getUUID(*def, VIR_PLUGIN_POOL_UUID, uuid) < 0)
        return NULL;

    for (i = 0; i < driver->pools->len; i++) {
        obj = g_ptr_array_index(driver->pools, i);
        if (strcmp(obj->name, name) != 0 && testPoolSourceConflicts(obj, *def)) {
            testReportStorageError(VIR_ERR_OPERATION_FAILED,
                                   "Storage source conflict with pool: '%s'", obj->name);
            return NULL;
        }
    }

    if ((obj = testPoolFindByUUID(driver, uuid))) {
        if (strcmp(obj->name, name) != 0) {
            testUUIDFormat(obj->uuid, uuidstr);
            testReportStorageError(VIR_ERR_OPERATION_FAILED,
                                   "pool '%s' is already defined with uuid %s",
                                   obj->name, uuidstr);
            return NULL;
        }
        if ((flags & TEST_POOL_ADD_CHECK_LIVE) && obj->active) {
            testReportStorageError(VIR_ERR_OPERATION_INVALID, "pool is already active as '%s'",
                                   obj->name);
            return NULL;
        }
        if (obj->active) {
            testConf->poolFree(obj->newDef);
            obj->newDef = g_steal_pointer(def);
        } else {
            testConf->poolFree(obj->def);
            obj->def = g_steal_pointer(def);
        }
        return obj;
    }

    if ((obj = testPoolFindByName(driver, name))) {
        testUUIDFormat(obj->uuid, uuidstr);
        testReportStorageError(VIR_ERR_OPERATION_FAILED, "pool '%s' already exists with uuid %s",
                               name, uuidstr);
        return NULL;
    }

    obj = g_new0(testPoolObj, 1);
    obj->name = g_steal_pointer(&name);
    memcpy(obj->uuid, uuid, VIR_UUID_BUFLEN);
    obj->def = g_steal_pointer(def);
    obj->volumes = g_ptr_array_new_with_free_func((GDestroyNotify)testVolObjFree);
    g_ptr_array_add(driver->pools, obj);
    return obj;
}

/* Gives a pool libvirt's test sizes and makes it persistent, as libvirt's
 * test driver does to every pool it defines, creates or loads. */
static void
testPoolSetDefaults(testPoolObj *obj)
{
    testPoolDefSetDefaultSizes(obj->def);
    obj->persistent = true;
}

/*
 * testVolAdd:
 * @obj: the pool
 * @def: the volume; taken (set to NULL) on success
 *
 * Adds @def to the pool unless a volume has its name, key or path, and
 * charges its allocation to the pool.  Returns the volume, or NULL without
 * an error reported: libvirt's test driver reports none there either, so
 * its caller sees "An error occurred, but the cause is unknown".
 */
static testVolObj *
testVolAdd(testPoolObj *obj, virPluginStorageVolDef **def)
{
    g_autofree char *name = testDefString(*def, VIR_PLUGIN_VOL_NAME, 0);
    g_autofree char *key = testDefString(*def, VIR_PLUGIN_VOL_KEY, 0);
    g_autofree char *path = testDefString(*def, VIR_PLUGIN_VOL_PATH, 0);
    testVolObj *vol;
    size_t i;

    if (!name || !key || !path)
        return NULL;
    for (i = 0; i < obj->volumes->len; i++) {
        vol = g_ptr_array_index(obj->volumes, i);
        if (strcmp(vol->name, name) == 0 || strcmp(vol->key, key) == 0 ||
            strcmp(vol->path, path) == 0)
            return NULL;
    }

    vol = g_new0(testVolObj, 1);
    vol->name = g_steal_pointer(&name);
    vol->key = g_steal_pointer(&key);
    vol->path = g_steal_pointer(&path);
    vol->def = g_steal_pointer(def);
    g_ptr_array_add(obj->volumes, vol);
    testPoolAddAllocation(obj, testDefNumber(vol->def, VIR_PLUGIN_VOL_ALLOCATION), false);
    return vol;
}

/* "<pool target>/<name>", libvirt's path of a new volume (with glibc's
 * "(null)" for a pool without a target, as libvirt gets). */
static char *
testVolDefaultPath(testPoolObj *obj, const char *name)
{
    g_autofree char *target = testDefString(obj->def, VIR_PLUGIN_POOL_TARGET_PATH, 0);

    return g_strdup_printf("%s/%s", target ? target : "(null)", name);
}

/**
 * testPoolLoad:
 * @driver: the state being built
 * @xml: a <pool> document
 * @volumeXMLs: the <volume> documents of the pool, NULL-terminated; may be NULL
 *
 * Adds an active, persistent pool with libvirt's test sizes and its
 * volumes, as test:///default and node files have them.  A volume without
 * a path gets <pool target>/<name>, one without a key its path.
 *
 * Returns 0, or -1 with an error reported (or, for two volumes of the same
 * name, key or path, none, as libvirt).
 */
int
testPoolLoad(testDriver *driver, const char *xml, const char *const *volumeXMLs)
{
    g_autoptr(virPluginStoragePoolDef) def = NULL;
    testPoolObj *obj;
    size_t i;

    if (!(def = testConf->poolParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE)) ||
        !(obj = testPoolAdd(driver, &def, 0)))
        return -1;
    testPoolSetDefaults(obj);
    obj->active = true;

    for (i = 0; volumeXMLs && volumeXMLs[i]; i++) {
        g_autoptr(virPluginStorageVolDef) vol = NULL;
        g_autofree char *name = NULL;
        g_autofree char *path = NULL;
        g_autofree char *key = NULL;

        if (!(vol = testConf->volParse(obj->def, volumeXMLs[i], 0)))
            return -1;
        name = testDefString(vol, VIR_PLUGIN_VOL_NAME, 0);
        if (!(path = testDefString(vol, VIR_PLUGIN_VOL_PATH, 0))) {
            path = testVolDefaultPath(obj, name);
            if (testConf->setString(vol, VIR_PLUGIN_VOL_PATH, 0, path) < 0)
                return -1;
        }
        if (!(key = testDefString(vol, VIR_PLUGIN_VOL_KEY, 0)) &&
            testConf->setString(vol, VIR_PLUGIN_VOL_KEY, 0, path) < 0)
            return -1;
        if (!testVolAdd(obj, &vol))
            return -1;
    }
    return 0;
}


/* ---- handles -------------------------------------------------------------------- */

static virStoragePoolPtr
testPoolNewHandle(virConnectPtr conn, testPoolObj *obj)
{
    return testHost->newStoragePool(conn, obj->name, obj->uuid);
}

static virStorageVolPtr
testVolNewHandle(virConnectPtr conn, testPoolObj *obj, testVolObj *vol)
{
    return testHost->newStorageVol(conn, obj->name, vol->name, vol->key);
}

/* A pool handle's identity, read before anything is reported (the public
 * getters reset the last error). */
typedef struct {
    const char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
} testPoolRef;

static testDriver *
testPoolRefLock(virStoragePoolPtr pool, testPoolRef *ref)
{
    ref->name = virStoragePoolGetName(pool);
    if (!ref->name || virStoragePoolGetUUID(pool, ref->uuid) < 0)
        return NULL;
    return testDriverLockConn(virStoragePoolGetConnect(pool));
}

/* A volume handle's identity. */
typedef struct {
    const char *name;
    const char *key;
} testVolRef;

static testDriver *
testVolRefLock(virStorageVolPtr vol, testVolRef *ref)
{
    ref->name = virStorageVolGetName(vol);
    ref->key = virStorageVolGetKey(vol);
    if (!ref->name || !ref->key)
        return NULL;
    return testDriverLockConn(virStorageVolGetConnect(vol));
}

/*
 * The pool a volume handle belongs to.  The handle knows its pool by name,
 * but the plugin ABI has no getter for it: the pool is the one holding a
 * volume of the handle's name and key, or else one whose new volume of
 * that name would get that key (the volume was deleted since).  When
 * neither exists the pool is gone, and the error cannot name it.
 */
static testPoolObj *
testVolRefPool(testDriver *driver, const testVolRef *ref)
{
    size_t i;

    for (i = 0; i < driver->pools->len; i++) {
        testPoolObj *obj = g_ptr_array_index(driver->pools, i);
        testVolObj *vol = testVolFindByName(obj, ref->name);

        if (vol && strcmp(vol->key, ref->key) == 0)
            return obj;
    }
    for (i = 0; i < driver->pools->len; i++) {
        testPoolObj *obj = g_ptr_array_index(driver->pools, i);
        g_autofree char *path = testVolDefaultPath(obj, ref->name);

        if (strcmp(path, ref->key) == 0)
            return obj;
    }
    testReportError(VIR_ERR_NO_STORAGE_POOL,
                    "no storage pool holds a volume with matching key '%s'", ref->key);
    return NULL;
}

/* The volume of a handle, in its active pool (@pool set), or NULL with
 * libvirt's error for a missing pool, an inactive one, a missing volume. */
static testVolObj *
testVolRefGet(testDriver *driver, const testVolRef *ref, testPoolObj **pool)
{
    testPoolObj *obj = testVolRefPool(driver, ref);

    if (!obj)
        return NULL;
    if (!obj->active) {
        testReportError(VIR_ERR_OPERATION_INVALID, "storage pool '%s' is not active", obj->name);
        return NULL;
    }
    *pool = obj;
    return testVolGet(obj, ref->name);
}


/* ---- connection-wide calls ------------------------------------------------------- */

static int
testPoolCount(virConnectPtr conn, bool active)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int count = 0;
    size_t i;

    for (i = 0; i < driver->pools->len; i++) {
        testPoolObj *obj = g_ptr_array_index(driver->pools, i);

        if (obj->active == active)
            count++;
    }
    return count;
}

static int
testPoolNames(virConnectPtr conn, bool active, char **const names, int maxnames)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    int n = 0;
    size_t i;

    for (i = 0; i < driver->pools->len && n < maxnames; i++) {
        testPoolObj *obj = g_ptr_array_index(driver->pools, i);

        if (obj->active == active)
            names[n++] = g_strdup(obj->name);
    }
    return n;
}

static int
testConnectNumOfStoragePools(virConnectPtr conn)
{
    return testPoolCount(conn, true);
}

static int
testConnectListStoragePools(virConnectPtr conn, char **const names, int maxnames)
{
    return testPoolNames(conn, true, names, maxnames);
}

static int
testConnectNumOfDefinedStoragePools(virConnectPtr conn)
{
    return testPoolCount(conn, false);
}

static int
testConnectListDefinedStoragePools(virConnectPtr conn, char **const names, int maxnames)
{
    return testPoolNames(conn, false, names, maxnames);
}

/* Whether @obj passes the filters of virConnectListAllStoragePools(). */
static bool
testPoolMatch(testPoolObj *obj, unsigned int flags)
{
    unsigned int typeFlags = 0;
    testPoolType type;
    size_t i;

    if ((flags & (VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE |
                  VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE)) &&
        !((flags & VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE) && obj->active) &&
        !((flags & VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE) && !obj->active))
        return false;
    if ((flags & (VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT |
                  VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT)) &&
        !((flags & VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT) && obj->persistent) &&
        !((flags & VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT) && !obj->persistent))
        return false;
    if ((flags & (VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART |
                  VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART)) &&
        !((flags & VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART) && testPoolIsAutostart(obj)) &&
        !((flags & VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART) && !testPoolIsAutostart(obj)))
        return false;

    for (i = 0; i < TEST_POOL_LAST; i++)
        typeFlags |= testPoolTypes[i].listFlag;
    if (flags & typeFlags) {
        type = testPoolDefType(obj->def);
        if (type == TEST_POOL_LAST || !(flags & testPoolTypes[type].listFlag))
            return false;
    }
    return true;
}

static void
testPoolHandleFree(gpointer pool)
{
    virStoragePoolFree(pool);
}

static int
testConnectListAllStoragePools(virConnectPtr conn, virStoragePoolPtr **pools,
                               unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    g_autoptr(GPtrArray) list = NULL;
    size_t i;

    testCheckFlags(flags, TEST_LIST_POOLS_FILTERS, -1);

    driver = testDriverLockConn(conn);
    list = g_ptr_array_new_with_free_func(testPoolHandleFree);
    for (i = 0; i < driver->pools->len; i++) {
        testPoolObj *obj = g_ptr_array_index(driver->pools, i);
        virStoragePoolPtr pool;

        if (!testPoolMatch(obj, flags))
            continue;
        if (pools) {
            if (!(pool = testPoolNewHandle(conn, obj)))
                return -1;
            g_ptr_array_add(list, pool);
        } else {
            g_ptr_array_add(list, NULL);
        }
    }
    if (pools) {
        int n = list->len;

        g_ptr_array_set_free_func(list, NULL);
        g_ptr_array_add(list, NULL);
        *pools = (virStoragePoolPtr *)g_ptr_array_free(g_steal_pointer(&list), FALSE);
        return n;
    }
    return list->len;
}

/* The <source> document of virConnectFindStoragePoolSources(): the core
 * checks it first, with libvirt's errors for malformed XML and another root
 * element. */
static xmlDocPtr
testSourceSpecParse(const char *srcSpec)
{
    xmlDocPtr doc;

    if (testConf->xmlCheck(srcSpec, "(storage_source_specification)", "source",
                           VIR_FROM_STORAGE) < 0)
        return NULL;
    if (!(doc = xmlReadMemory(srcSpec, strlen(srcSpec), "(storage_source_specification)",
                              NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                              XML_PARSE_NOWARNING)))
        testReportStorageError(VIR_ERR_XML_ERROR, "%s", "failed to parse xml document");
    return doc;
}

/* The source formats of the pool types that have one, as libvirt names them. */
static const char *const testPoolFormatsFS[] = {
    "auto", "ext2", "ext3", "ext4", "ufs", "iso9660", "udf", "gfs", "gfs2", "vfat", "hfs+",
    "xfs", "ocfs2", "vmfs", NULL
};
static const char *const testPoolFormatsNetFS[] = { "auto", "nfs", "glusterfs", "cifs", NULL };
static const char *const testPoolFormatsDisk[] = {
    "unknown", "dos", "dvh", "gpt", "mac", "bsd", "pc98", "sun", "lvm2", NULL
};
static const char *const testPoolFormatsLogical[] = { "unknown", "lvm2", NULL };

static const char *const *
testPoolTypeFormats(testPoolType type)
{
    switch (type) {
    case TEST_POOL_FS:
        return testPoolFormatsFS;
    case TEST_POOL_NETFS:
        return testPoolFormatsNetFS;
    case TEST_POOL_DISK:
        return testPoolFormatsDisk;
    case TEST_POOL_LOGICAL:
        return testPoolFormatsLogical;
    case TEST_POOL_DIR:
    case TEST_POOL_ISCSI:
    case TEST_POOL_ISCSI_DIRECT:
    case TEST_POOL_SCSI:
    case TEST_POOL_MPATH:
    case TEST_POOL_RBD:
    case TEST_POOL_SHEEPDOG:
    case TEST_POOL_GLUSTER:
    case TEST_POOL_ZFS:
    case TEST_POOL_VSTORAGE:
    case TEST_POOL_LAST:
    default:
        return NULL;
    }
}

/*
 * The checks of a source specification that matter to the test driver,
 * in the order and words of the configuration layer: the format, hosts
 * with a name, devices with a path.  Sets @host to the first host's name
 * (NULL: none).  Returns 0, or -1 with an error reported.
 */
static int
testSourceSpecCheck(xmlDocPtr doc, testPoolType type, char **host)
{
    const char *const *formats = testPoolTypeFormats(type);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr node;

    *host = NULL;
    for (node = root->children; formats && node; node = node->next) {
        g_autofree char *format = NULL;

        if (node->type != XML_ELEMENT_NODE || !xmlStrEqual(node->name, BAD_CAST "format"))
            continue;
        if ((format = (char *)xmlGetProp(node, BAD_CAST "type")) &&
            !g_strv_contains(formats, format)) {
            testReportStorageError(VIR_ERR_CONFIG_UNSUPPORTED, "unknown pool format type %s",
                                   format);
            return -1;
        }
        break;
    }
    for (node = root->children; node; node = node->next) {
        char *name;

        if (node->type != XML_ELEMENT_NODE || !xmlStrEqual(node->name, BAD_CAST "host"))
            continue;
        if (!(name = (char *)xmlGetProp(node, BAD_CAST "name"))) {
            testReportStorageError(VIR_ERR_XML_ERROR, "%s", "missing storage pool host name");
            g_clear_pointer(host, g_free);
            return -1;
        }
        if (*host)
            xmlFree(name);
        else
            *host = name;
    }
    for (node = root->children; node; node = node->next) {
        g_autofree char *path = NULL;

        if (node->type != XML_ELEMENT_NODE || !xmlStrEqual(node->name, BAD_CAST "device"))
            continue;
        if (!(path = (char *)xmlGetProp(node, BAD_CAST "path"))) {
            testReportStorageError(VIR_ERR_XML_ERROR, "%s",
                                   "missing storage pool source device path");
            g_clear_pointer(host, g_free);
            return -1;
        }
    }
    return 0;
}

static char *
testConnectFindStoragePoolSources(virConnectPtr conn G_GNUC_UNUSED, const char *type,
                                  const char *srcSpec, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autofree char *host = NULL;
    int poolType = -1;
    size_t i;

    testCheckFlags(flags, 0, NULL);

    for (i = 0; type && i < TEST_POOL_LAST; i++) {
        if (strcmp(type, testPoolTypes[i].name) == 0)
            poolType = i;
    }
    /* libvirt tests the type's number, so "dir", the first, is "unknown" */
    if (poolType == TEST_POOL_DIR) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "unknown storage pool type %s", type);
        return NULL;
    }
    if (srcSpec) {
        if (!(doc = testSourceSpecParse(srcSpec)))
            return NULL;
        if (poolType < 0) {
            testReportStorageError(VIR_ERR_INTERNAL_ERROR, "missing backend for pool type %d",
                                   poolType);
            return NULL;
        }
        if (testSourceSpecCheck(doc, poolType, &host) < 0)
            return NULL;
    }

    switch (poolType) {
    case TEST_POOL_LOGICAL:
        return g_strdup(testPoolSourcesLogical);
    case TEST_POOL_NETFS:
        if (!host) {
            /* (libvirt 9.0 crashes here when a specification has no host) */
            testReportError(VIR_ERR_INVALID_ARG, "%s",
                            "hostname must be specified for netfs sources");
            return NULL;
        }
        /* the name as given, unescaped, as libvirt prints it */
        return g_strdup_printf("<sources>\n"
                               "  <source>\n"
                               "    <host name='%s'/>\n"
                               "    <dir path='/testshare'/>\n"
                               "    <format type='nfs'/>\n"
                               "  </source>\n"
                               "</sources>\n", host);
    default:
        testReportError(VIR_ERR_NO_SUPPORT, "pool type '%s' does not support source discovery",
                        type);
        return NULL;
    }
}

static virStoragePoolPtr
testStoragePoolLookupByName(virConnectPtr conn, const char *name)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testPoolObj *obj = testPoolGet(driver, name);

    return obj ? testPoolNewHandle(conn, obj) : NULL;
}

static virStoragePoolPtr
testStoragePoolLookupByUUID(virConnectPtr conn, const unsigned char *uuid)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    testPoolObj *obj = testPoolGetByUUID(driver, uuid);

    return obj ? testPoolNewHandle(conn, obj) : NULL;
}

static virStoragePoolPtr
testStoragePoolLookupByVolume(virStorageVolPtr vol)
{
    testVolRef ref;
    g_autoptr(testDriver) driver = testVolRefLock(vol, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testVolRefPool(driver, &ref)))
        return NULL;
    return testPoolNewHandle(virStorageVolGetConnect(vol), obj);
}

static virStoragePoolPtr
testStoragePoolCreateXML(virConnectPtr conn, const char *xml, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    g_autoptr(virPluginStoragePoolDef) def = NULL;
    testPoolObj *obj;

    testCheckFlags(flags, 0, NULL);

    driver = testDriverLockConn(conn);
    if (!(def = testConf->poolParse(xml, 0)) ||
        !(obj = testPoolAdd(driver, &def, TEST_POOL_ADD_CHECK_LIVE)))
        return NULL;
    testPoolSetDefaults(obj);
    obj->persistent = false;
    obj->active = true;
    testEventPoolLifecycle(driver, obj, VIR_STORAGE_POOL_EVENT_STARTED);
    return testPoolNewHandle(conn, obj);
}

static virStoragePoolPtr
testStoragePoolDefineXML(virConnectPtr conn, const char *xml, unsigned int flags)
{
    g_autoptr(testDriver) driver = NULL;
    g_autoptr(virPluginStoragePoolDef) def = NULL;
    testPoolObj *obj;

    testCheckFlags(flags, VIR_STORAGE_POOL_DEFINE_VALIDATE, NULL);

    driver = testDriverLockConn(conn);
    if (!(def = testConf->poolParse(xml, VIR_PLUGIN_CONF_PARSE_INACTIVE |
                                    ((flags & VIR_STORAGE_POOL_DEFINE_VALIDATE) ?
                                     VIR_PLUGIN_CONF_PARSE_VALIDATE : 0))))
        return NULL;
    testPoolDefSetDefaultSizes(def);
    if (!(obj = testPoolAdd(driver, &def, 0)))
        return NULL;
    /* a running pool keeps its definition, but not its sizes */
    testPoolSetDefaults(obj);
    testEventPoolLifecycle(driver, obj, VIR_STORAGE_POOL_EVENT_DEFINED);
    return testPoolNewHandle(conn, obj);
}


/* ---- pools --------------------------------------------------------------------- */

static int
testStoragePoolBuild(virStoragePoolPtr pool, unsigned int flags)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = NULL;
    testPoolObj *obj;

    testCheckFlags(flags, 0, -1);

    if (!(driver = testPoolRefLock(pool, &ref)) ||
        !(obj = testPoolGetInactive(driver, ref.name)))
        return -1;
    testEventPoolLifecycle(driver, obj, VIR_STORAGE_POOL_EVENT_CREATED);
    return 0;
}

static int
testStoragePoolUndefine(virStoragePoolPtr pool)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testPoolGetInactive(driver, ref.name)))
        return -1;
    testEventPoolLifecycle(driver, obj, VIR_STORAGE_POOL_EVENT_UNDEFINED);
    testPoolRemove(driver, obj);
    return 0;
}

static int
testStoragePoolCreate(virStoragePoolPtr pool, unsigned int flags)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = NULL;
    testPoolObj *obj;

    testCheckFlags(flags, 0, -1);

    if (!(driver = testPoolRefLock(pool, &ref)) ||
        !(obj = testPoolGetInactive(driver, ref.name)))
        return -1;
    obj->active = true;
    testEventPoolLifecycle(driver, obj, VIR_STORAGE_POOL_EVENT_STARTED);
    return 0;
}

static int
testStoragePoolDestroy(virStoragePoolPtr pool)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testPoolGetActive(driver, ref.name)))
        return -1;
    /* the volumes stay, and the next definition is not taken up */
    obj->active = false;
    testEventPoolLifecycle(driver, obj, VIR_STORAGE_POOL_EVENT_STOPPED);
    if (!obj->persistent)
        testPoolRemove(driver, obj);
    return 0;
}

static int
testStoragePoolDelete(virStoragePoolPtr pool, unsigned int flags)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = NULL;
    testPoolObj *obj;

    testCheckFlags(flags, 0, -1);

    if (!(driver = testPoolRefLock(pool, &ref)) ||
        !(obj = testPoolGetInactive(driver, ref.name)))
        return -1;
    testEventPoolLifecycle(driver, obj, VIR_STORAGE_POOL_EVENT_DELETED);
    return 0;
}

static int
testStoragePoolRefresh(virStoragePoolPtr pool, unsigned int flags)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = NULL;
    testPoolObj *obj;

    testCheckFlags(flags, 0, -1);

    if (!(driver = testPoolRefLock(pool, &ref)) ||
        !(obj = testPoolGetActive(driver, ref.name)))
        return -1;
    testEventPoolRefresh(driver, obj);
    return 0;
}

static int
testStoragePoolGetInfo(virStoragePoolPtr pool, virStoragePoolInfoPtr info)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testPoolGet(driver, ref.name)))
        return -1;
    memset(info, 0, sizeof(*info));
    info->state = obj->active ? VIR_STORAGE_POOL_RUNNING : VIR_STORAGE_POOL_INACTIVE;
    info->capacity = testDefNumber(obj->def, VIR_PLUGIN_POOL_CAPACITY);
    info->allocation = testDefNumber(obj->def, VIR_PLUGIN_POOL_ALLOCATION);
    info->available = testDefNumber(obj->def, VIR_PLUGIN_POOL_AVAILABLE);
    return 0;
}

static char *
testStoragePoolGetXMLDesc(virStoragePoolPtr pool, unsigned int flags)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = NULL;
    testPoolObj *obj;

    /* libvirt's test driver refuses VIR_STORAGE_XML_INACTIVE too */
    testCheckFlags(flags, 0, NULL);

    if (!(driver = testPoolRefLock(pool, &ref)) || !(obj = testPoolGet(driver, ref.name)))
        return NULL;
    return testConf->poolFormat(obj->def);
}

static int
testStoragePoolGetAutostart(virStoragePoolPtr pool, int *autostart)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testPoolGet(driver, ref.name)))
        return -1;
    *autostart = testPoolIsAutostart(obj);
    return 0;
}

static int
testStoragePoolSetAutostart(virStoragePoolPtr pool, int autostart)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testPoolGet(driver, ref.name)))
        return -1;
    if (!obj->persistent) {
        testReportError(VIR_ERR_INVALID_ARG, "%s", "pool has no config file");
        return -1;
    }
    obj->autostart = autostart != 0;
    return 0;
}

static int
testStoragePoolNumOfVolumes(virStoragePoolPtr pool)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testPoolGetActive(driver, ref.name)))
        return -1;
    return obj->volumes->len;
}

static int
testStoragePoolListVolumes(virStoragePoolPtr pool, char **const names, int maxnames)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;
    int n;

    if (!driver || !(obj = testPoolGetActive(driver, ref.name)))
        return -1;
    for (n = 0; n < maxnames && (size_t)n < obj->volumes->len; n++) {
        testVolObj *vol = g_ptr_array_index(obj->volumes, n);

        names[n] = g_strdup(vol->name);
    }
    return n;
}

static int
testStoragePoolListAllVolumes(virStoragePoolPtr pool, virStorageVolPtr **vols,
                              unsigned int flags)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = NULL;
    virConnectPtr conn = virStoragePoolGetConnect(pool);
    testPoolObj *obj;
    virStorageVolPtr *list;
    size_t i;

    testCheckFlags(flags, 0, -1);

    if (!(driver = testPoolRefLock(pool, &ref)) ||
        !(obj = testPoolGetByUUID(driver, ref.uuid)))
        return -1;
    if (!obj->active) {
        testReportError(VIR_ERR_OPERATION_INVALID, "%s", "storage pool is not active");
        return -1;
    }
    if (!vols)
        return obj->volumes->len;

    list = g_new0(virStorageVolPtr, obj->volumes->len + 1);
    for (i = 0; i < obj->volumes->len; i++) {
        if (!(list[i] = testVolNewHandle(conn, obj, g_ptr_array_index(obj->volumes, i)))) {
            while (i-- > 0)
                virStorageVolFree(list[i]);
            g_free(list);
            return -1;
        }
    }
    *vols = list;
    return obj->volumes->len;
}

static int
testStoragePoolIsActive(virStoragePoolPtr pool)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testPoolGetByUUID(driver, ref.uuid)))
        return -1;
    return obj->active;
}

static int
testStoragePoolIsPersistent(virStoragePoolPtr pool)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;

    if (!driver || !(obj = testPoolGetByUUID(driver, ref.uuid)))
        return -1;
    return obj->persistent;
}


/* ---- volumes ------------------------------------------------------------------- */

static virStorageVolPtr
testStorageVolLookupByName(virStoragePoolPtr pool, const char *name)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = testPoolRefLock(pool, &ref);
    testPoolObj *obj;
    testVolObj *vol;

    if (!driver || !(obj = testPoolGetActive(driver, ref.name)) || !(vol = testVolGet(obj, name)))
        return NULL;
    return testVolNewHandle(virStoragePoolGetConnect(pool), obj, vol);
}

/* The first volume of an active pool whose key (or path) is @value. */
static virStorageVolPtr
testVolLookup(virConnectPtr conn, const char *value, bool byPath)
{
    g_autoptr(testDriver) driver = testDriverLockConn(conn);
    size_t i;
    size_t j;

    for (i = 0; i < driver->pools->len; i++) {
        testPoolObj *obj = g_ptr_array_index(driver->pools, i);

        if (!obj->active)
            continue;
        for (j = 0; j < obj->volumes->len; j++) {
            testVolObj *vol = g_ptr_array_index(obj->volumes, j);

            if (strcmp(byPath ? vol->path : vol->key, value) == 0)
                return testVolNewHandle(conn, obj, vol);
        }
    }
    testReportError(VIR_ERR_NO_STORAGE_VOL, "no storage vol with matching %s '%s'",
                    byPath ? "path" : "key", value);
    return NULL;
}

static virStorageVolPtr
testStorageVolLookupByKey(virConnectPtr conn, const char *key)
{
    return testVolLookup(conn, key, false);
}

static virStorageVolPtr
testStorageVolLookupByPath(virConnectPtr conn, const char *path)
{
    return testVolLookup(conn, path, true);
}

/*
 * A new volume of @obj from @xml: libvirt's checks (name, space), then the
 * path and key <pool target>/<name>.  Returns the volume, or NULL with an
 * error reported (or none, see testVolAdd()).
 */
static testVolObj *
testVolCreate(testPoolObj *obj, const char *xml, const char *cloneName, unsigned int flags)
{
    g_autoptr(virPluginStorageVolDef) def = NULL;
    g_autofree char *name = NULL;
    g_autofree char *path = NULL;
    unsigned long long capacity;
    unsigned long long allocation;

    if (!(def = testConf->volParse(obj->def, xml,
                                   (flags & VIR_STORAGE_VOL_CREATE_VALIDATE) ?
                                   VIR_PLUGIN_CONF_PARSE_VALIDATE : 0)))
        return NULL;
    name = testDefString(def, VIR_PLUGIN_VOL_NAME, 0);
    if (testVolFindByName(obj, name)) {
        testReportError(VIR_ERR_OPERATION_FAILED, "%s", "storage vol already exists");
        return NULL;
    }
    if (cloneName && !testVolGet(obj, cloneName))
        return NULL;

    capacity = testDefNumber(obj->def, VIR_PLUGIN_POOL_CAPACITY);
    allocation = testDefNumber(obj->def, VIR_PLUGIN_POOL_ALLOCATION);
    if (allocation + testDefNumber(def, VIR_PLUGIN_VOL_ALLOCATION) > capacity) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "Not enough free space in pool for volume '%s'",
                        name);
        return NULL;
    }

    path = testVolDefaultPath(obj, name);
    if (testConf->setString(def, VIR_PLUGIN_VOL_PATH, 0, path) < 0 ||
        testConf->setString(def, VIR_PLUGIN_VOL_KEY, 0, path) < 0)
        return NULL;
    return testVolAdd(obj, &def);
}

static virStorageVolPtr
testStorageVolCreateXML(virStoragePoolPtr pool, const char *xml, unsigned int flags)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = NULL;
    testPoolObj *obj;
    testVolObj *vol;

    /* libvirt's test driver hands VIR_STORAGE_VOL_CREATE_VALIDATE to a
     * parser that then refuses it, so a valid document never gets through;
     * here it validates and creates (docs/compatibility.md) */
    testCheckFlags(flags, VIR_STORAGE_VOL_CREATE_VALIDATE, NULL);

    if (!(driver = testPoolRefLock(pool, &ref)) ||
        !(obj = testPoolGetActive(driver, ref.name)) ||
        !(vol = testVolCreate(obj, xml, NULL, flags)))
        return NULL;
    return testVolNewHandle(virStoragePoolGetConnect(pool), obj, vol);
}

static virStorageVolPtr
testStorageVolCreateXMLFrom(virStoragePoolPtr pool, const char *xml, virStorageVolPtr clonevol,
                            unsigned int flags)
{
    testPoolRef ref;
    g_autoptr(testDriver) driver = NULL;
    const char *cloneName;
    testPoolObj *obj;
    testVolObj *vol;

    testCheckFlags(flags, VIR_STORAGE_VOL_CREATE_VALIDATE, NULL);

    /* as libvirt's test driver: the source is looked for by name in the
     * new volume's pool, and the new volume takes nothing from it */
    if (!(cloneName = virStorageVolGetName(clonevol)) ||
        !(driver = testPoolRefLock(pool, &ref)) ||
        !(obj = testPoolGetActive(driver, ref.name)) ||
        !(vol = testVolCreate(obj, xml, cloneName, flags)))
        return NULL;
    return testVolNewHandle(virStoragePoolGetConnect(pool), obj, vol);
}

static int
testStorageVolDelete(virStorageVolPtr vol, unsigned int flags)
{
    testVolRef ref;
    g_autoptr(testDriver) driver = NULL;
    testPoolObj *obj = NULL;
    testVolObj *privvol;

    testCheckFlags(flags, 0, -1);

    if (!(driver = testVolRefLock(vol, &ref)) || !(privvol = testVolRefGet(driver, &ref, &obj)))
        return -1;
    testPoolAddAllocation(obj, testDefNumber(privvol->def, VIR_PLUGIN_VOL_ALLOCATION), true);
    g_ptr_array_remove(obj->volumes, privvol);
    return 0;
}

static int
testStorageVolGetInfo(virStorageVolPtr vol, virStorageVolInfoPtr info)
{
    testVolRef ref;
    g_autoptr(testDriver) driver = testVolRefLock(vol, &ref);
    testPoolObj *obj = NULL;
    testVolObj *privvol;
    testPoolType type;

    if (!driver || !(privvol = testVolRefGet(driver, &ref, &obj)))
        return -1;
    if ((type = testPoolDefType(obj->def)) == TEST_POOL_LAST) {
        testReportError(VIR_ERR_INTERNAL_ERROR, "%s", "unknown storage pool type");
        return -1;
    }
    memset(info, 0, sizeof(*info));
    /* the type follows the pool's, whatever the volume says */
    info->type = testPoolTypes[type].volType;
    info->capacity = testDefNumber(privvol->def, VIR_PLUGIN_VOL_CAPACITY);
    info->allocation = testDefNumber(privvol->def, VIR_PLUGIN_VOL_ALLOCATION);
    return 0;
}

static char *
testStorageVolGetXMLDesc(virStorageVolPtr vol, unsigned int flags)
{
    testVolRef ref;
    g_autoptr(testDriver) driver = NULL;
    testPoolObj *obj = NULL;
    testVolObj *privvol;

    testCheckFlags(flags, 0, NULL);

    if (!(driver = testVolRefLock(vol, &ref)) || !(privvol = testVolRefGet(driver, &ref, &obj)))
        return NULL;
    return testConf->volFormat(obj->def, privvol->def);
}

static char *
testStorageVolGetPath(virStorageVolPtr vol)
{
    testVolRef ref;
    g_autoptr(testDriver) driver = testVolRefLock(vol, &ref);
    testPoolObj *obj = NULL;
    testVolObj *privvol;

    if (!driver || !(privvol = testVolRefGet(driver, &ref, &obj)))
        return NULL;
    return g_strdup(privvol->path);
}

/* The calls of libvirt 9.0's test storage driver, except its pool events;
 * volume wipe, resize, upload and download are not among them. */
const virPluginStorageDriver testStorageDriver = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginStorageDriver),
    .connectNumOfStoragePools = testConnectNumOfStoragePools,               /* 1.0 */
    .connectListStoragePools = testConnectListStoragePools,                 /* 1.0 */
    .connectNumOfDefinedStoragePools = testConnectNumOfDefinedStoragePools, /* 1.0 */
    .connectListDefinedStoragePools = testConnectListDefinedStoragePools,   /* 1.0 */
    .connectListAllStoragePools = testConnectListAllStoragePools,           /* 1.0 */
    .connectFindStoragePoolSources = testConnectFindStoragePoolSources,     /* 1.0 */
    .storagePoolLookupByName = testStoragePoolLookupByName,                 /* 1.0 */
    .storagePoolLookupByUUID = testStoragePoolLookupByUUID,                 /* 1.0 */
    .storagePoolLookupByVolume = testStoragePoolLookupByVolume,             /* 1.0 */
    .storagePoolCreateXML = testStoragePoolCreateXML,                       /* 1.0 */
    .storagePoolDefineXML = testStoragePoolDefineXML,                       /* 1.0 */
    .storagePoolBuild = testStoragePoolBuild,                               /* 1.0 */
    .storagePoolUndefine = testStoragePoolUndefine,                         /* 1.0 */
    .storagePoolCreate = testStoragePoolCreate,                             /* 1.0 */
    .storagePoolDestroy = testStoragePoolDestroy,                           /* 1.0 */
    .storagePoolDelete = testStoragePoolDelete,                             /* 1.0 */
    .storagePoolRefresh = testStoragePoolRefresh,                           /* 1.0 */
    .storagePoolGetInfo = testStoragePoolGetInfo,                           /* 1.0 */
    .storagePoolGetXMLDesc = testStoragePoolGetXMLDesc,                     /* 1.0 */
    .storagePoolGetAutostart = testStoragePoolGetAutostart,                 /* 1.0 */
    .storagePoolSetAutostart = testStoragePoolSetAutostart,                 /* 1.0 */
    .storagePoolNumOfVolumes = testStoragePoolNumOfVolumes,                 /* 1.0 */
    .storagePoolListVolumes = testStoragePoolListVolumes,                   /* 1.0 */
    .storagePoolListAllVolumes = testStoragePoolListAllVolumes,             /* 1.0 */
    .storagePoolIsActive = testStoragePoolIsActive,                         /* 1.0 */
    .storagePoolIsPersistent = testStoragePoolIsPersistent,                 /* 1.0 */
    .storageVolLookupByName = testStorageVolLookupByName,                   /* 1.0 */
    .storageVolLookupByKey = testStorageVolLookupByKey,                     /* 1.0 */
    .storageVolLookupByPath = testStorageVolLookupByPath,                   /* 1.0 */
    .storageVolCreateXML = testStorageVolCreateXML,                         /* 1.0 */
    .storageVolCreateXMLFrom = testStorageVolCreateXMLFrom,                 /* 1.0 */
    .storageVolDelete = testStorageVolDelete,                               /* 1.0 */
    .storageVolGetInfo = testStorageVolGetInfo,                             /* 1.0 */
    .storageVolGetXMLDesc = testStorageVolGetXMLDesc,                       /* 1.0 */
    .storageVolGetPath = testStorageVolGetPath,                             /* 1.0 */
    .connectStoragePoolEventRegisterAny = testConnectStoragePoolEventRegisterAny,     /* 2.0.0 */
    .connectStoragePoolEventDeregisterAny = testConnectStoragePoolEventDeregisterAny, /* 2.0.0 */
};
