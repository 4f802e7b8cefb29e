/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * testdriverstoragetest.c: storage pools and volumes of the test hypervisor
 * plugin, through the public API only
 *
 * Every expectation (values, XML, error code, domain and message) was taken
 * from libvirt 9.0's test driver (Debian's libvirt, test:///default), with
 * the differences said where they are.  Each case opens test:///default
 * itself and closes it, so it starts from the pristine default state.
 */
#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#define DEFAULT_POOL_UUID "dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"
#define GiB (1024ULL * 1024 * 1024)

static const char defaultPoolXML[] =
    "<pool type='dir'>\n"
    "  <name>default-pool</name>\n"
    "  <uuid>" DEFAULT_POOL_UUID "</uuid>\n"
    "  <capacity unit='bytes'>107374182400</capacity>\n"
    "  <allocation unit='bytes'>0</allocation>\n"
    "  <available unit='bytes'>107374182400</available>\n"
    "  <source>\n"
    "  </source>\n"
    "  <target>\n"
    "    <path>/default-pool</path>\n"
    "  </target>\n"
    "</pool>\n";

#define P2_UUID "11111111-2222-3333-4444-555555555555"
static const char p2XML[] =
    "<pool type='dir'><name>p2</name><uuid>" P2_UUID "</uuid>"
    "<target><path>/p2</path></target></pool>";

static const char p2Formatted[] =
    "<pool type='dir'>\n"
    "  <name>p2</name>\n"
    "  <uuid>" P2_UUID "</uuid>\n"
    "  <capacity unit='bytes'>107374182400</capacity>\n"
    "  <allocation unit='bytes'>0</allocation>\n"
    "  <available unit='bytes'>107374182400</available>\n"
    "  <source>\n"
    "  </source>\n"
    "  <target>\n"
    "    <path>/p2</path>\n"
    "  </target>\n"
    "</pool>\n";

static const char v1Formatted[] =
    "<volume type='file'>\n"
    "  <name>v1</name>\n"
    "  <key>/default-pool/v1</key>\n"
    "  <capacity unit='bytes'>1073741824</capacity>\n"
    "  <allocation unit='bytes'>4096</allocation>\n"
    "  <target>\n"
    "    <path>/default-pool/v1</path>\n"
    "    <format type='raw'/>\n"
    "  </target>\n"
    "</volume>\n";

static void
silentErrorHandler(void *data G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

/* The last error is @code in @domain with exactly @message. */
static void
checkError(int code, int domain, const char *message)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpstr(err->message, ==, message);
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpint(err->domain, ==, domain);
}

/* The last error is a schema failure (its message depends on where the
 * schema is installed: only the start is compared). */
static void
checkSchemaError(void)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_XML_INVALID_SCHEMA);
    g_assert_cmpint(err->domain, ==, VIR_FROM_XML);
    g_assert_true(g_str_has_prefix(err->message, "XML document failed to validate against "
                                   "schema: Unable to validate doc against "));
}

static virConnectPtr
openDefault(void)
{
    virConnectPtr conn = virConnectOpen("test:///default");

    g_assert_nonnull(conn);
    return conn;
}

static void
closeConn(virConnectPtr conn)
{
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}

static virStoragePoolPtr
lookupPool(virConnectPtr conn, const char *name)
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, name);

    g_assert_nonnull(pool);
    return pool;
}

static void
checkPoolInfo(virStoragePoolPtr pool, int state, unsigned long long capacity,
              unsigned long long allocation, unsigned long long available)
{
    virStoragePoolInfo info;

    g_assert_cmpint(virStoragePoolGetInfo(pool, &info), ==, 0);
    g_assert_cmpint(info.state, ==, state);
    g_assert_cmpuint(info.capacity, ==, capacity);
    g_assert_cmpuint(info.allocation, ==, allocation);
    g_assert_cmpuint(info.available, ==, available);
}

static void
checkPoolXML(virStoragePoolPtr pool, const char *expected)
{
    g_autofree char *xml = virStoragePoolGetXMLDesc(pool, 0);

    g_assert_cmpstr(xml, ==, expected);
}

static void
checkVolXML(virStorageVolPtr vol, const char *expected)
{
    g_autofree char *xml = virStorageVolGetXMLDesc(vol, 0);

    g_assert_cmpstr(xml, ==, expected);
}

static gint
compareStrings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names, sorted and joined with ',' (libvirt's order is random);
 * consumes @names. */
static char *
joinNames(GPtrArray *names)
{
    g_autoptr(GPtrArray) list = names;
    g_autoptr(GString) out = g_string_new(NULL);
    size_t i;

    g_ptr_array_sort(list, compareStrings);
    for (i = 0; i < list->len; i++)
        g_string_append_printf(out, "%s%s", i ? "," : "", (char *)g_ptr_array_index(list, i));
    return g_string_free(g_steal_pointer(&out), FALSE);
}

/* Names from the public API, which the caller frees with free(). */
static GPtrArray *
takeNames(char **names, int n)
{
    GPtrArray *list = g_ptr_array_new_with_free_func(free);
    int i;

    g_assert_cmpint(n, >=, 0);
    for (i = 0; i < n; i++)
        g_ptr_array_add(list, names[i]);
    return list;
}

static char *
listAllPools(virConnectPtr conn, unsigned int flags)
{
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    virStoragePoolPtr *pools = NULL;
    int n = virConnectListAllStoragePools(conn, &pools, flags);
    int i;

    g_assert_cmpint(n, >=, 0);
    g_assert_cmpint(virConnectListAllStoragePools(conn, NULL, flags), ==, n);
    for (i = 0; i < n; i++) {
        g_ptr_array_add(names, g_strdup(virStoragePoolGetName(pools[i])));
        virStoragePoolFree(pools[i]);
    }
    g_assert_null(pools[n]);
    free(pools);
    return joinNames(names);
}

static char *
listActivePools(virConnectPtr conn, bool active)
{
    char *names[16] = { NULL };
    int n = active ? virConnectListStoragePools(conn, names, G_N_ELEMENTS(names)) :
                     virConnectListDefinedStoragePools(conn, names, G_N_ELEMENTS(names));

    g_assert_cmpint(n, ==, active ? virConnectNumOfStoragePools(conn) :
                                    virConnectNumOfDefinedStoragePools(conn));
    return joinNames(takeNames(names, n));
}

static char *
listVolumes(virStoragePoolPtr pool)
{
    char *names[16] = { NULL };
    int n = virStoragePoolListVolumes(pool, names, G_N_ELEMENTS(names));

    g_assert_cmpint(n, ==, virStoragePoolNumOfVolumes(pool));
    return joinNames(takeNames(names, n));
}

static char *
listAllVolumes(virStoragePoolPtr pool)
{
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    virStorageVolPtr *vols = NULL;
    int n = virStoragePoolListAllVolumes(pool, &vols, 0);
    int i;

    g_assert_cmpint(n, >=, 0);
    g_assert_cmpint(virStoragePoolListAllVolumes(pool, NULL, 0), ==, n);
    for (i = 0; i < n; i++) {
        g_ptr_array_add(names, g_strdup(virStorageVolGetName(vols[i])));
        virStorageVolFree(vols[i]);
    }
    g_assert_null(vols[n]);
    free(vols);
    return joinNames(names);
}

#define CHECK_STR(expr, expected) \
    do { \
        g_autofree char *str_ = (expr); \
        g_assert_cmpstr(str_, ==, (expected)); \
    } while (0)


/* ---- the default pool ---------------------------------------------------------- */

static void
testDefaultPool(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    virStoragePoolPtr byUUID;
    char uuid[VIR_UUID_STRING_BUFLEN];
    int autostart = -1;

    g_assert_cmpstr(virStoragePoolGetName(pool), ==, "default-pool");
    g_assert_cmpint(virStoragePoolGetUUIDString(pool, uuid), ==, 0);
    g_assert_cmpstr(uuid, ==, DEFAULT_POOL_UUID);
    g_assert_cmpint(virStoragePoolIsActive(pool), ==, 1);
    g_assert_cmpint(virStoragePoolIsPersistent(pool), ==, 1);
    g_assert_cmpint(virStoragePoolGetAutostart(pool, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 0);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 0, 100 * GiB);
    checkPoolXML(pool, defaultPoolXML);
    g_assert_cmpint(virStoragePoolNumOfVolumes(pool), ==, 0);
    CHECK_STR(listVolumes(pool), "");
    CHECK_STR(listAllVolumes(pool), "");
    g_assert_cmpint(virStoragePoolRefresh(pool, 0), ==, 0);

    g_assert_cmpint(virConnectNumOfStoragePools(conn), ==, 1);
    g_assert_cmpint(virConnectNumOfDefinedStoragePools(conn), ==, 0);
    CHECK_STR(listActivePools(conn, true), "default-pool");
    CHECK_STR(listActivePools(conn, false), "");
    CHECK_STR(listAllPools(conn, 0), "default-pool");

    byUUID = virStoragePoolLookupByUUIDString(conn, DEFAULT_POOL_UUID);
    g_assert_nonnull(byUUID);
    g_assert_cmpstr(virStoragePoolGetName(byUUID), ==, "default-pool");
    virStoragePoolFree(byUUID);

    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testPoolLookupErrors(void)
{
    virConnectPtr conn = openDefault();

    g_assert_null(virStoragePoolLookupByName(conn, "nope"));
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching name 'nope'");
    g_assert_null(virStoragePoolLookupByUUIDString(conn,
                                                   "dfe224cb-28fb-8dd0-c4b2-64eb3f0f4567"));
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching uuid "
               "'dfe224cb-28fb-8dd0-c4b2-64eb3f0f4567'");
    closeConn(conn);
}


/* ---- pool life cycle ------------------------------------------------------------ */

static void
testPoolLifecycle(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = virStoragePoolDefineXML(conn, p2XML, 0);
    virStorageVolPtr *vols = NULL;
    char *names[2];
    int autostart = -1;

    g_assert_nonnull(pool);
    checkPoolXML(pool, p2Formatted);
    checkPoolInfo(pool, VIR_STORAGE_POOL_INACTIVE, 100 * GiB, 0, 100 * GiB);
    g_assert_cmpint(virStoragePoolIsActive(pool), ==, 0);
    g_assert_cmpint(virStoragePoolIsPersistent(pool), ==, 1);
    g_assert_cmpint(virStoragePoolGetAutostart(pool, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 0);
    CHECK_STR(listActivePools(conn, false), "p2");
    CHECK_STR(listAllPools(conn, 0), "default-pool,p2");

    /* what needs a running pool */
    g_assert_cmpint(virStoragePoolNumOfVolumes(pool), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is not active");
    g_assert_cmpint(virStoragePoolListVolumes(pool, names, 2), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is not active");
    g_assert_cmpint(virStoragePoolListAllVolumes(pool, &vols, 0), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool is not active");
    g_assert_cmpint(virStoragePoolRefresh(pool, 0), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is not active");
    g_assert_cmpint(virStoragePoolDestroy(pool), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is not active");
    g_assert_null(virStorageVolLookupByName(pool, "x"));
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is not active");
    g_assert_null(virStorageVolCreateXML(pool, "<volume><name>v</name><capacity>10</capacity>"
                                               "</volume>", 0));
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is not active");

    /* build and delete do nothing, on an inactive pool only */
    g_assert_cmpint(virStoragePoolBuild(pool, 0), ==, 0);
    g_assert_cmpint(virStoragePoolDelete(pool, 0), ==, 0);
    g_assert_cmpint(virStoragePoolCreate(pool, 0), ==, 0);
    g_assert_cmpint(virStoragePoolIsActive(pool), ==, 1);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 0, 100 * GiB);
    CHECK_STR(listActivePools(conn, true), "default-pool,p2");
    g_assert_cmpint(virStoragePoolRefresh(pool, 0), ==, 0);

    g_assert_cmpint(virStoragePoolCreate(pool, 0), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is active");
    g_assert_cmpint(virStoragePoolBuild(pool, 0), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is active");
    g_assert_cmpint(virStoragePoolDelete(pool, 0), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is active");
    g_assert_cmpint(virStoragePoolUndefine(pool), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is active");

    /* a persistent pool survives its destruction */
    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);
    g_assert_cmpint(virStoragePoolIsActive(pool), ==, 0);
    checkPoolXML(pool, p2Formatted);
    g_assert_cmpint(virStoragePoolUndefine(pool), ==, 0);

    g_assert_cmpint(virStoragePoolUndefine(pool), ==, -1);
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching name 'p2'");
    g_assert_cmpint(virStoragePoolGetAutostart(pool, &autostart), ==, -1);
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching name 'p2'");
    g_assert_null(virStoragePoolGetXMLDesc(pool, 0));
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching name 'p2'");
    g_assert_cmpint(virStoragePoolIsActive(pool), ==, -1);
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching uuid '" P2_UUID "'");
    g_assert_cmpint(virStoragePoolIsPersistent(pool), ==, -1);
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching uuid '" P2_UUID "'");
    g_assert_cmpint(virStoragePoolListAllVolumes(pool, &vols, 0), ==, -1);
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching uuid '" P2_UUID "'");
    CHECK_STR(listAllPools(conn, 0), "default-pool");

    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testPoolTransient(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = virStoragePoolCreateXML(conn, p2XML, 0);
    int autostart = -1;

    g_assert_nonnull(pool);
    g_assert_cmpint(virStoragePoolIsActive(pool), ==, 1);
    g_assert_cmpint(virStoragePoolIsPersistent(pool), ==, 0);
    checkPoolXML(pool, p2Formatted);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 0, 100 * GiB);
    g_assert_cmpint(virStoragePoolGetAutostart(pool, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 0);
    g_assert_cmpint(virStoragePoolSetAutostart(pool, 1), ==, -1);
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST, "invalid argument: pool has no config file");
    g_assert_cmpint(virStoragePoolUndefine(pool), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'p2' is active");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT), "p2");

    /* starting it again while it runs */
    g_assert_null(virStoragePoolCreateXML(conn, p2XML, 0));
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_STORAGE,
               "Requested operation is not valid: pool is already active as 'p2'");

    /* a transient pool is gone once stopped */
    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);
    g_assert_cmpint(virStoragePoolIsActive(pool), ==, -1);
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching uuid '" P2_UUID "'");
    g_assert_null(virStoragePoolLookupByName(conn, "p2"));
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching name 'p2'");
    virStoragePoolFree(pool);

    /* creating over a defined, inactive pool starts it, transient */
    pool = virStoragePoolDefineXML(conn, p2XML, 0);
    g_assert_nonnull(pool);
    g_assert_cmpint(virStoragePoolSetAutostart(pool, 1), ==, 0);
    virStoragePoolFree(pool);
    pool = virStoragePoolCreateXML(conn, p2XML, 0);
    g_assert_nonnull(pool);
    g_assert_cmpint(virStoragePoolIsPersistent(pool), ==, 0);
    g_assert_cmpint(virStoragePoolGetAutostart(pool, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 0);
    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);
    g_assert_null(virStoragePoolLookupByName(conn, "p2"));
    virStoragePoolFree(pool);

    closeConn(conn);
}

static void
testPoolAutostart(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    int autostart = -1;

    g_assert_cmpint(virStoragePoolSetAutostart(pool, 1), ==, 0);
    g_assert_cmpint(virStoragePoolGetAutostart(pool, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 1);
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART), "default-pool");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART), "");
    /* a redefinition keeps it */
    virStoragePoolFree(pool);
    pool = virStoragePoolDefineXML(conn, defaultPoolXML, 0);
    g_assert_nonnull(pool);
    g_assert_cmpint(virStoragePoolGetAutostart(pool, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 1);
    g_assert_cmpint(virStoragePoolSetAutostart(pool, 0), ==, 0);
    g_assert_cmpint(virStoragePoolGetAutostart(pool, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 0);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testPoolDefineErrors(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool;
    virStorageVolPtr vol;

    g_assert_null(virStoragePoolDefineXML(conn, "<pool type='dir'><name>default-pool</name>"
                                                "<target><path>/x</path></target></pool>", 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
               "operation failed: pool 'default-pool' already exists with uuid "
               DEFAULT_POOL_UUID);
    g_assert_null(virStoragePoolDefineXML(conn, "<pool type='dir'><name>other</name>"
                                                "<uuid>" DEFAULT_POOL_UUID "</uuid>"
                                                "<target><path>/x</path></target></pool>", 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
               "operation failed: pool 'default-pool' is already defined with uuid "
               DEFAULT_POOL_UUID);
    g_assert_null(virStoragePoolDefineXML(conn, "<pool type='dir'><name>other</name>"
                                                "<target><path>/default-pool</path></target>"
                                                "</pool>", 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
               "operation failed: Storage source conflict with pool: 'default-pool'");
    g_assert_null(virStoragePoolCreateXML(conn, "<pool type='dir'><name>default-pool</name>"
                                                "<target><path>/t</path></target></pool>", 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
               "operation failed: pool 'default-pool' already exists with uuid "
               DEFAULT_POOL_UUID);
    g_assert_null(virStoragePoolDefineXML(conn, "<pool type='dir'><name>other</name></pool>",
                                          0));
    checkError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
               "XML error: missing storage pool target path");
    g_assert_null(virStoragePoolDefineXML(conn, "<pool", 0));
    checkError(VIR_ERR_XML_DETAIL, VIR_FROM_STORAGE,
               "(storage_pool_definition):1: Couldn't find end of Start Tag pool line 1\n"
               "<pool\n-----^");

    /* other pool types: the same device, the same host and directory */
    g_assert_nonnull(pool = virStoragePoolDefineXML(conn,
        "<pool type='logical'><name>vg</name><source><name>vg</name>"
        "<device path='/dev/sda1'/></source><target><path>/dev/vg</path></target></pool>", 0));
    virStoragePoolFree(pool);
    g_assert_null(virStoragePoolDefineXML(conn,
        "<pool type='fs'><name>fs</name><source><device path='/dev/sda1'/></source>"
        "<target><path>/mnt</path></target></pool>", 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
               "operation failed: Storage source conflict with pool: 'vg'");
    g_assert_nonnull(pool = virStoragePoolDefineXML(conn,
        "<pool type='netfs'><name>n1</name><source><host name='h'/><dir path='/d'/></source>"
        "<target><path>/n1</path></target></pool>", 0));
    virStoragePoolFree(pool);
    g_assert_null(virStoragePoolDefineXML(conn,
        "<pool type='netfs'><name>n2</name><source><host name='h'/><dir path='/d'/></source>"
        "<target><path>/n2</path></target></pool>", 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
               "operation failed: Storage source conflict with pool: 'n1'");
    g_assert_nonnull(pool = virStoragePoolDefineXML(conn,
        "<pool type='netfs'><name>n3</name><source><host name='h' port='1'/><dir path='/d'/>"
        "</source><target><path>/n3</path></target></pool>", 0));
    virStoragePoolFree(pool);
    g_assert_nonnull(pool = virStoragePoolDefineXML(conn,
        "<pool type='scsi'><name>s1</name><source><adapter type='scsi_host' name='host0'/>"
        "</source><target><path>/dev/disk/by-path</path></target></pool>", 0));
    virStoragePoolFree(pool);
    g_assert_null(virStoragePoolDefineXML(conn,
        "<pool type='scsi'><name>s2</name><source><adapter type='scsi_host' name='scsi_host0'/>"
        "</source><target><path>/dev/disk/by-path</path></target></pool>", 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
               "operation failed: Storage source conflict with pool: 's1'");

    /* flags */
    g_assert_null(virStoragePoolDefineXML(conn, p2XML, 2));
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x2) in function testStoragePoolDefineXML");
    g_assert_null(virStoragePoolCreateXML(conn, p2XML, 1));
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStoragePoolCreateXML");
    pool = lookupPool(conn, "default-pool");
    g_assert_null(virStoragePoolGetXMLDesc(pool, VIR_STORAGE_XML_INACTIVE));
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStoragePoolGetXMLDesc");
    g_assert_cmpint(virStoragePoolRefresh(pool, 1), ==, -1);
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStoragePoolRefresh");
    g_assert_cmpint(virStoragePoolBuild(pool, 1), ==, -1);
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStoragePoolBuild");
    g_assert_cmpint(virStoragePoolCreate(pool, 1), ==, -1);
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStoragePoolCreate");
    g_assert_cmpint(virStoragePoolDelete(pool, 1), ==, -1);
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStoragePoolDelete");
    g_assert_cmpint(virStoragePoolListAllVolumes(pool, NULL, 1), ==, -1);
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function "
               "testStoragePoolListAllVolumes");
    virStoragePoolFree(pool);

    /* VIR_STORAGE_POOL_DEFINE_VALIDATE: a valid pool is defined, an invalid
     * one refused by the schema (the message goes on with the schema's path
     * and findings, which are ours) */
    g_assert_nonnull(pool = virStoragePoolDefineXML(conn, p2XML,
                                                    VIR_STORAGE_POOL_DEFINE_VALIDATE));
    g_assert_null(virStoragePoolDefineXML(conn, "<pool type='dir'><name>p3</name><bogus/>"
                                                "<target><path>/p3</path></target></pool>",
                                          VIR_STORAGE_POOL_DEFINE_VALIDATE));
    checkSchemaError();
    g_assert_null(virStoragePoolLookupByName(conn, "p3"));
    virResetLastError();

    /* VIR_STORAGE_VOL_CREATE_VALIDATE: libvirt's test driver refuses every
     * volume with it (its parser rejects the flag it was handed); here a
     * valid volume is created and an invalid one refused */
    g_assert_cmpint(virStoragePoolCreate(pool, 0), ==, 0);
    /* libvirt's schema, and ours, want a <target> */
    vol = virStorageVolCreateXML(pool, "<volume><name>ok</name><capacity>1</capacity>"
                                       "<target><path>/p2/ok</path></target></volume>",
                                 VIR_STORAGE_VOL_CREATE_VALIDATE);
    g_assert_nonnull(vol);
    g_assert_null(virStorageVolCreateXMLFrom(pool, "<volume><name>bad</name><capacity>1"
                                                   "</capacity><bogus/></volume>", vol,
                                             VIR_STORAGE_VOL_CREATE_VALIDATE));
    checkSchemaError();
    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testPoolRedefine(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    virStoragePoolPtr again;
    virStorageVolPtr vol;

    vol = virStorageVolCreateXML(pool, "<volume><name>a</name><capacity>100</capacity>"
                                       "<allocation>50</allocation></volume>", 0);
    g_assert_nonnull(vol);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 50, 100 * GiB - 50);

    /* a running pool keeps its definition, its volumes, but not its sizes */
    again = virStoragePoolDefineXML(conn, "<pool type='dir'><name>default-pool</name>"
                                          "<uuid>" DEFAULT_POOL_UUID "</uuid>"
                                          "<target><path>/new</path></target></pool>", 0);
    g_assert_nonnull(again);
    virStoragePoolFree(again);
    checkPoolXML(pool, defaultPoolXML);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 0, 100 * GiB);
    CHECK_STR(listVolumes(pool), "a");

    /* deleting the volume now takes its allocation off zero, as libvirt */
    g_assert_cmpint(virStorageVolDelete(vol, 0), ==, 0);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, -50ULL, 100 * GiB + 50);
    virStorageVolFree(vol);

    /* and the definition is not taken up when it stops */
    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);
    {
        g_autofree char *xml = virStoragePoolGetXMLDesc(pool, 0);

        g_assert_nonnull(strstr(xml, "<path>/default-pool</path>"));
        g_assert_nonnull(strstr(xml, "<allocation unit='bytes'>18446744073709551566</allocation>"));
    }
    /* an inactive pool gets the new definition */
    again = virStoragePoolDefineXML(conn, "<pool type='dir'><name>default-pool</name>"
                                          "<uuid>" DEFAULT_POOL_UUID "</uuid>"
                                          "<target><path>/new</path></target></pool>", 0);
    g_assert_nonnull(again);
    virStoragePoolFree(again);
    {
        g_autofree char *xml = virStoragePoolGetXMLDesc(pool, 0);

        g_assert_nonnull(strstr(xml, "<path>/new</path>"));
        g_assert_nonnull(strstr(xml, "<allocation unit='bytes'>0</allocation>"));
    }
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testPoolListAll(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool;

    pool = virStoragePoolDefineXML(conn, "<pool type='dir'><name>inact</name>"
                                         "<target><path>/inact</path></target></pool>", 0);
    g_assert_cmpint(virStoragePoolSetAutostart(pool, 1), ==, 0);
    virStoragePoolFree(pool);
    pool = virStoragePoolCreateXML(conn, "<pool type='logical'><name>tr</name><source>"
                                         "<name>vg</name></source><target><path>/dev/vg</path>"
                                         "</target></pool>", 0);
    virStoragePoolFree(pool);
    pool = virStoragePoolDefineXML(conn, "<pool type='netfs'><name>nf</name><source>"
                                         "<host name='h'/><dir path='/d'/></source><target>"
                                         "<path>/nf</path></target></pool>", 0);
    g_assert_cmpint(virStoragePoolCreate(pool, 0), ==, 0);
    virStoragePoolFree(pool);

    CHECK_STR(listAllPools(conn, 0), "default-pool,inact,nf,tr");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE), "inact");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE), "default-pool,nf,tr");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT),
              "default-pool,inact,nf");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT), "tr");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART), "inact");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART),
              "default-pool,nf,tr");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_DIR), "default-pool,inact");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_NETFS), "nf");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL), "tr");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT), "");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE |
                                 VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE |
                                 VIR_CONNECT_LIST_STORAGE_POOLS_DIR), "default-pool,inact");
    CHECK_STR(listAllPools(conn, VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT |
                                 VIR_CONNECT_LIST_STORAGE_POOLS_NETFS |
                                 VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL), "tr");
    CHECK_STR(listActivePools(conn, true), "default-pool,nf,tr");
    CHECK_STR(listActivePools(conn, false), "inact");

    g_assert_cmpint(virConnectListAllStoragePools(conn, NULL, 1 << 20), ==, -1);
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x100000) in function "
               "testConnectListAllStoragePools");
    closeConn(conn);
}


/* ---- volumes --------------------------------------------------------------------- */

static void
testVolCreate(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    virStoragePoolPtr owner;
    virStorageVolPtr vol;
    virStorageVolPtr found;
    virStorageVolInfo info;

    vol = virStorageVolCreateXML(pool, "<volume><name>v1</name><capacity unit='G'>1</capacity>"
                                       "<allocation>4096</allocation></volume>", 0);
    g_assert_nonnull(vol);
    g_assert_cmpstr(virStorageVolGetName(vol), ==, "v1");
    g_assert_cmpstr(virStorageVolGetKey(vol), ==, "/default-pool/v1");
    CHECK_STR(virStorageVolGetPath(vol), "/default-pool/v1");
    checkVolXML(vol, v1Formatted);
    g_assert_cmpint(virStorageVolGetInfo(vol, &info), ==, 0);
    g_assert_cmpint(info.type, ==, VIR_STORAGE_VOL_FILE);
    g_assert_cmpuint(info.capacity, ==, GiB);
    g_assert_cmpuint(info.allocation, ==, 4096);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 4096, 100 * GiB - 4096);

    /* the key and path given are replaced */
    found = virStorageVolCreateXML(pool, "<volume type='block'><name>w</name><key>k</key>"
                                         "<capacity>100</capacity><allocation>0</allocation>"
                                         "<target><path>/zzz</path></target></volume>", 0);
    g_assert_nonnull(found);
    g_assert_cmpstr(virStorageVolGetKey(found), ==, "/default-pool/w");
    checkVolXML(found,
                "<volume type='block'>\n"
                "  <name>w</name>\n"
                "  <key>/default-pool/w</key>\n"
                "  <capacity unit='bytes'>100</capacity>\n"
                "  <allocation unit='bytes'>0</allocation>\n"
                "  <target>\n"
                "    <path>/default-pool/w</path>\n"
                "    <format type='raw'/>\n"
                "  </target>\n"
                "</volume>\n");
    /* the type virStorageVolGetInfo() gives is the pool's */
    g_assert_cmpint(virStorageVolGetInfo(found, &info), ==, 0);
    g_assert_cmpint(info.type, ==, VIR_STORAGE_VOL_FILE);
    virStorageVolFree(found);

    CHECK_STR(listVolumes(pool), "v1,w");
    CHECK_STR(listAllVolumes(pool), "v1,w");

    found = virStorageVolLookupByName(pool, "v1");
    g_assert_nonnull(found);
    g_assert_cmpstr(virStorageVolGetKey(found), ==, "/default-pool/v1");
    virStorageVolFree(found);
    found = virStorageVolLookupByKey(conn, "/default-pool/v1");
    g_assert_nonnull(found);
    g_assert_cmpstr(virStorageVolGetName(found), ==, "v1");
    virStorageVolFree(found);
    found = virStorageVolLookupByPath(conn, "/default-pool/v1");
    g_assert_nonnull(found);
    g_assert_cmpstr(virStorageVolGetName(found), ==, "v1");
    owner = virStoragePoolLookupByVolume(found);
    g_assert_nonnull(owner);
    g_assert_cmpstr(virStoragePoolGetName(owner), ==, "default-pool");
    virStoragePoolFree(owner);
    virStorageVolFree(found);

    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testVolErrors(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    virStorageVolPtr vol;

    vol = virStorageVolCreateXML(pool, "<volume><name>v1</name><capacity>1</capacity>"
                                       "</volume>", 0);
    g_assert_nonnull(vol);

    g_assert_null(virStorageVolCreateXML(pool, "<volume><name>v1</name><capacity>1</capacity>"
                                               "</volume>", 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_TEST,
               "operation failed: storage vol already exists");
    g_assert_null(virStorageVolCreateXML(pool, "<volume><name>big</name>"
                                               "<capacity unit='G'>200</capacity></volume>", 0));
    checkError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
               "internal error: Not enough free space in pool for volume 'big'");
    g_assert_null(virStorageVolCreateXML(pool, "<volume><name>nc</name></volume>", 0));
    checkError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE, "XML error: missing capacity element");
    g_assert_null(virStorageVolCreateXML(pool, "<volume><capacity>1</capacity></volume>", 0));
    checkError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE, "XML error: missing volume name element");
    g_assert_null(virStorageVolCreateXML(pool, "<volume>", 0));
    checkError(VIR_ERR_XML_DETAIL, VIR_FROM_STORAGE,
               "(storage_volume_definition):1: Premature end of data in tag volume line 1\n"
               "<volume>\n--------^");
    g_assert_null(virStorageVolCreateXML(pool, "<volume><name>v2</name><capacity>1</capacity>"
                                               "</volume>", 1));
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStorageVolCreateXML");

    g_assert_null(virStorageVolLookupByName(pool, "zz"));
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching name 'zz'");
    g_assert_null(virStorageVolLookupByKey(conn, "/default-pool/zz"));
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching key '/default-pool/zz'");
    g_assert_null(virStorageVolLookupByPath(conn, "/zz"));
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching path '/zz'");

    g_assert_null(virStorageVolGetXMLDesc(vol, 1));
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStorageVolGetXMLDesc");
    g_assert_cmpint(virStorageVolDelete(vol, 1), ==, -1);
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function testStorageVolDelete");

    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testVolClone(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    virStorageVolPtr vol;
    virStorageVolPtr clone;

    vol = virStorageVolCreateXML(pool, "<volume><name>src</name><capacity>4</capacity>"
                                       "</volume>", 0);
    g_assert_nonnull(vol);
    clone = virStorageVolCreateXMLFrom(pool, "<volume><name>copy</name>"
                                             "<capacity>10</capacity></volume>", vol, 0);
    g_assert_nonnull(clone);
    checkVolXML(clone,
                "<volume type='file'>\n"
                "  <name>copy</name>\n"
                "  <key>/default-pool/copy</key>\n"
                "  <capacity unit='bytes'>10</capacity>\n"
                "  <allocation unit='bytes'>10</allocation>\n"
                "  <target>\n"
                "    <path>/default-pool/copy</path>\n"
                "    <format type='raw'/>\n"
                "  </target>\n"
                "</volume>\n");
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 14, 100 * GiB - 14);

    /* the capacity is not taken from the source */
    g_assert_null(virStorageVolCreateXMLFrom(pool, "<volume><name>c2</name></volume>", vol, 0));
    checkError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE, "XML error: missing capacity element");
    g_assert_null(virStorageVolCreateXMLFrom(pool, "<volume><name>copy</name>"
                                                   "<capacity>1</capacity></volume>", vol, 0));
    checkError(VIR_ERR_OPERATION_FAILED, VIR_FROM_TEST,
               "operation failed: storage vol already exists");
    g_assert_null(virStorageVolCreateXMLFrom(pool, "<volume><name>c3</name>"
                                                   "<capacity>1</capacity></volume>", vol, 1));
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function "
               "testStorageVolCreateXMLFrom");

    g_assert_cmpint(virStorageVolDelete(vol, 0), ==, 0);
    g_assert_null(virStorageVolCreateXMLFrom(pool, "<volume><name>c4</name>"
                                                   "<capacity>1</capacity></volume>", vol, 0));
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching name 'src'");

    virStorageVolFree(clone);
    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testVolDelete(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    virStoragePoolPtr owner;
    virStorageVolPtr vol;
    virStorageVolInfo info;

    vol = virStorageVolCreateXML(pool, "<volume><name>v1</name><capacity>100</capacity>"
                                       "<allocation>60</allocation></volume>", 0);
    g_assert_nonnull(vol);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 60, 100 * GiB - 60);
    g_assert_cmpint(virStorageVolDelete(vol, 0), ==, 0);
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 0, 100 * GiB);
    CHECK_STR(listVolumes(pool), "");

    g_assert_cmpint(virStorageVolDelete(vol, 0), ==, -1);
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching name 'v1'");
    g_assert_cmpint(virStorageVolGetInfo(vol, &info), ==, -1);
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching name 'v1'");
    g_assert_null(virStorageVolGetXMLDesc(vol, 0));
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching name 'v1'");
    g_assert_null(virStorageVolGetPath(vol));
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching name 'v1'");
    /* its pool is still found */
    owner = virStoragePoolLookupByVolume(vol);
    g_assert_nonnull(owner);
    g_assert_cmpstr(virStoragePoolGetName(owner), ==, "default-pool");
    virStoragePoolFree(owner);

    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testVolInactivePool(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    virStoragePoolPtr owner;
    virStorageVolPtr vol;
    virStorageVolInfo info;

    vol = virStorageVolCreateXML(pool, "<volume><name>a</name><capacity>100</capacity>"
                                       "<allocation>50</allocation></volume>", 0);
    g_assert_nonnull(vol);
    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);

    g_assert_cmpint(virStorageVolGetInfo(vol, &info), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'default-pool' is not active");
    g_assert_null(virStorageVolGetXMLDesc(vol, 0));
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'default-pool' is not active");
    g_assert_null(virStorageVolGetPath(vol));
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'default-pool' is not active");
    g_assert_cmpint(virStorageVolDelete(vol, 0), ==, -1);
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'default-pool' is not active");
    g_assert_null(virStorageVolCreateXMLFrom(pool, "<volume><name>c</name>"
                                                   "<capacity>1</capacity></volume>", vol, 0));
    checkError(VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
               "Requested operation is not valid: storage pool 'default-pool' is not active");
    g_assert_null(virStorageVolLookupByKey(conn, "/default-pool/a"));
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching key '/default-pool/a'");
    g_assert_null(virStorageVolLookupByPath(conn, "/default-pool/a"));
    checkError(VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
               "Storage volume not found: no storage vol with matching path '/default-pool/a'");
    owner = virStoragePoolLookupByVolume(vol);
    g_assert_nonnull(owner);
    virStoragePoolFree(owner);
    /* the volumes and their allocation stay while the pool is stopped */
    checkPoolInfo(pool, VIR_STORAGE_POOL_INACTIVE, 100 * GiB, 50, 100 * GiB - 50);
    g_assert_cmpint(virStoragePoolCreate(pool, 0), ==, 0);
    CHECK_STR(listVolumes(pool), "a");
    g_assert_cmpint(virStorageVolGetInfo(vol, &info), ==, 0);
    g_assert_cmpuint(info.allocation, ==, 50);

    /* a pool that is gone: libvirt names it in the message, which the
     * plugin cannot (a volume handle's pool name has no public getter) */
    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);
    g_assert_cmpint(virStoragePoolUndefine(pool), ==, 0);
    g_assert_cmpint(virStorageVolGetInfo(vol, &info), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_STORAGE_POOL);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_TEST);
    g_assert_null(virStoragePoolLookupByVolume(vol));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_STORAGE_POOL);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_TEST);

    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testVolOtherPools(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool;
    virStorageVolPtr vol;
    virStorageVolInfo info;

    pool = virStoragePoolCreateXML(conn, "<pool type='logical'><name>vg</name><source>"
                                         "<name>vg</name><device path='/dev/sda1'/></source>"
                                         "<target><path>/dev/vg</path></target></pool>", 0);
    g_assert_nonnull(pool);
    vol = virStorageVolCreateXML(pool, "<volume><name>lv</name><capacity>100</capacity>"
                                       "</volume>", 0);
    g_assert_nonnull(vol);
    checkVolXML(vol,
                "<volume type='file'>\n"
                "  <name>lv</name>\n"
                "  <key>/dev/vg/lv</key>\n"
                "  <capacity unit='bytes'>100</capacity>\n"
                "  <allocation unit='bytes'>100</allocation>\n"
                "  <target>\n"
                "    <path>/dev/vg/lv</path>\n"
                "  </target>\n"
                "</volume>\n");
    g_assert_cmpint(virStorageVolGetInfo(vol, &info), ==, 0);
    g_assert_cmpint(info.type, ==, VIR_STORAGE_VOL_BLOCK);
    virStorageVolFree(vol);
    virStoragePoolFree(pool);

    /* a pool without a target: libvirt prints the missing path as "(null)" */
    pool = virStoragePoolCreateXML(conn, "<pool type='rbd'><name>rb</name><source>"
                                         "<name>rbd</name><host name='h'/></source></pool>", 0);
    g_assert_nonnull(pool);
    vol = virStorageVolCreateXML(pool, "<volume><name>rv</name><capacity>1</capacity>"
                                       "</volume>", 0);
    g_assert_nonnull(vol);
    g_assert_cmpstr(virStorageVolGetKey(vol), ==, "(null)/rv");
    g_assert_cmpint(virStorageVolGetInfo(vol, &info), ==, 0);
    g_assert_cmpint(info.type, ==, VIR_STORAGE_VOL_NETWORK);
    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testUnsupported(void)
{
    virConnectPtr conn = openDefault();
    virStoragePoolPtr pool = lookupPool(conn, "default-pool");
    virStorageVolPtr vol;
    virStreamPtr st;
    virStorageVolInfo info;

    vol = virStorageVolCreateXML(pool, "<volume><name>v</name><capacity>10</capacity>"
                                       "</volume>", 0);
    g_assert_nonnull(vol);

    g_assert_cmpint(virStorageVolWipe(vol, 0), ==, -1);
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
               "this function is not supported by the connection driver: virStorageVolWipe");
    g_assert_cmpint(virStorageVolWipePattern(vol, 0, 0), ==, -1);
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
               "this function is not supported by the connection driver: "
               "virStorageVolWipePattern");
    g_assert_cmpint(virStorageVolResize(vol, 20, 0), ==, -1);
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
               "this function is not supported by the connection driver: virStorageVolResize");
    g_assert_cmpint(virStorageVolGetInfoFlags(vol, &info, 0), ==, -1);
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
               "this function is not supported by the connection driver: "
               "virStorageVolGetInfoFlags");
    g_assert_null(virStoragePoolLookupByTargetPath(conn, "/default-pool"));
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
               "this function is not supported by the connection driver: "
               "virStoragePoolLookupByTargetPath");
    g_assert_null(virConnectGetStoragePoolCapabilities(conn, 0));
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
               "this function is not supported by the connection driver: "
               "virConnectGetStoragePoolCapabilities");
    st = virStreamNew(conn, 0);
    g_assert_nonnull(st);
    g_assert_cmpint(virStorageVolDownload(vol, st, 0, 0, 0), ==, -1);
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
               "this function is not supported by the connection driver: virStorageVolDownload");
    g_assert_cmpint(virStorageVolUpload(vol, st, 0, 0, 0), ==, -1);
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
               "this function is not supported by the connection driver: virStorageVolUpload");
    virStreamFree(st);

    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    closeConn(conn);
}

static void
testFindSources(void)
{
    virConnectPtr conn = openDefault();

    CHECK_STR(virConnectFindStoragePoolSources(conn, "logical", NULL, 0),
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
              "</sources>\n");
    CHECK_STR(virConnectFindStoragePoolSources(conn, "netfs",
                                               "<source><host name='a'/><host name='b'/>"
                                               "</source>", 0),
              "<sources>\n"
              "  <source>\n"
              "    <host name='a'/>\n"
              "    <dir path='/testshare'/>\n"
              "    <format type='nfs'/>\n"
              "  </source>\n"
              "</sources>\n");
    g_assert_null(virConnectFindStoragePoolSources(conn, "netfs", NULL, 0));
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "invalid argument: hostname must be specified for netfs sources");
    g_assert_null(virConnectFindStoragePoolSources(conn, "dir", NULL, 0));
    checkError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
               "internal error: unknown storage pool type dir");
    g_assert_null(virConnectFindStoragePoolSources(conn, "iscsi", NULL, 0));
    checkError(VIR_ERR_NO_SUPPORT, VIR_FROM_TEST,
               "this function is not supported by the connection driver: pool type 'iscsi' "
               "does not support source discovery");
    g_assert_null(virConnectFindStoragePoolSources(conn, "bogus", "<source/>", 0));
    checkError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_STORAGE,
               "internal error: missing backend for pool type -1");
    g_assert_null(virConnectFindStoragePoolSources(conn, "netfs", "<source>", 0));
    checkError(VIR_ERR_XML_DETAIL, VIR_FROM_STORAGE,
               "(storage_source_specification):1: Premature end of data in tag source line 1\n"
               "<source>\n--------^");
    g_assert_null(virConnectFindStoragePoolSources(conn, "netfs", "<foo/>", 0));
    checkError(VIR_ERR_XML_ERROR, VIR_FROM_XML,
               "XML error: expecting root element of 'source', not 'foo'");
    g_assert_null(virConnectFindStoragePoolSources(conn, "netfs", "<source><host name='h'/>"
                                                   "<format type='bogus'/></source>", 0));
    checkError(VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
               "unsupported configuration: unknown pool format type bogus");
    g_assert_null(virConnectFindStoragePoolSources(conn, "logical", NULL, 1));
    checkError(VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               "unsupported flags (0x1) in function "
               "testConnectFindStoragePoolSources");
    closeConn(conn);
}


/* ---- state ----------------------------------------------------------------------- */

static void
testSharedState(void)
{
    virConnectPtr a = openDefault();
    virConnectPtr b = openDefault();
    virStoragePoolPtr pool = lookupPool(a, "default-pool");
    virStoragePoolPtr other;
    virStorageVolPtr vol;

    vol = virStorageVolCreateXML(pool, "<volume><name>shared</name><capacity>10</capacity>"
                                       "</volume>", 0);
    g_assert_nonnull(vol);
    virStorageVolFree(vol);
    virStoragePoolFree(pool);
    g_assert_nonnull(pool = virStoragePoolDefineXML(a, p2XML, 0));
    virStoragePoolFree(pool);

    /* the other connection sees it all */
    other = lookupPool(b, "default-pool");
    CHECK_STR(listVolumes(other), "shared");
    checkPoolInfo(other, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 10, 100 * GiB - 10);
    virStoragePoolFree(other);
    CHECK_STR(listAllPools(b, 0), "default-pool,p2");

    /* still there while one connection is open */
    closeConn(a);
    a = openDefault();
    CHECK_STR(listAllPools(a, 0), "default-pool,p2");
    closeConn(a);
    closeConn(b);

    /* the last one closed: pristine again */
    a = openDefault();
    CHECK_STR(listAllPools(a, 0), "default-pool");
    pool = lookupPool(a, "default-pool");
    CHECK_STR(listVolumes(pool), "");
    checkPoolXML(pool, defaultPoolXML);
    virStoragePoolFree(pool);
    closeConn(a);
}

/* A node file with a pool of three volumes, one of them included with a
 * path relative to the node file. */
static void
testNodeFile(void)
{
    g_autoptr(GError) err = NULL;
    g_autofree char *dir = g_dir_make_tmp("storagetest-XXXXXX", &err);
    g_autofree char *volFile = NULL;
    g_autofree char *nodeFile = NULL;
    g_autofree char *uri = NULL;
    virConnectPtr conn;
    virStoragePoolPtr pool;
    virStorageVolPtr vol;
    virStorageVolInfo info;

    g_assert_no_error(err);
    volFile = g_build_filename(dir, "vol2.xml", NULL);
    nodeFile = g_build_filename(dir, "node.xml", NULL);
    g_assert_true(g_file_set_contents(volFile,
        "<volume>\n"
        "  <name>inc</name>\n"
        "  <capacity>2048</capacity>\n"
        "  <allocation>1024</allocation>\n"
        "</volume>\n", -1, NULL));
    g_assert_true(g_file_set_contents(nodeFile,
        "<node>\n"
        "  <pool type='dir'>\n"
        "    <name>np</name>\n"
        "    <uuid>35bb2ad9-388a-cdfe-461a-b8907f6e53fe</uuid>\n"
        "    <capacity>5000</capacity>\n"
        "    <target><path>/np</path></target>\n"
        "    <volume>\n"
        "      <name>v1</name>\n"
        "      <capacity>1000</capacity>\n"
        "      <allocation>500</allocation>\n"
        "    </volume>\n"
        "    <volume>\n"
        "      <name>v2</name>\n"
        "      <key>mykey</key>\n"
        "      <capacity>1000</capacity>\n"
        "      <target><path>/elsewhere/v2.img</path><format type='qcow2'/></target>\n"
        "    </volume>\n"
        "    <volume file='vol2.xml'/>\n"
        "  </pool>\n"
        "</node>\n", -1, NULL));
    uri = g_strdup_printf("test://%s", nodeFile);

    conn = virConnectOpen(uri);
    g_assert_nonnull(conn);
    CHECK_STR(listAllPools(conn, 0), "np");
    pool = lookupPool(conn, "np");
    g_assert_cmpint(virStoragePoolIsActive(pool), ==, 1);
    g_assert_cmpint(virStoragePoolIsPersistent(pool), ==, 1);
    /* libvirt's test sizes, whatever the file says, plus the volumes' */
    checkPoolInfo(pool, VIR_STORAGE_POOL_RUNNING, 100 * GiB, 2524, 100 * GiB - 2524);
    checkPoolXML(pool,
                 "<pool type='dir'>\n"
                 "  <name>np</name>\n"
                 "  <uuid>35bb2ad9-388a-cdfe-461a-b8907f6e53fe</uuid>\n"
                 "  <capacity unit='bytes'>107374182400</capacity>\n"
                 "  <allocation unit='bytes'>2524</allocation>\n"
                 "  <available unit='bytes'>107374179876</available>\n"
                 "  <source>\n"
                 "  </source>\n"
                 "  <target>\n"
                 "    <path>/np</path>\n"
                 "  </target>\n"
                 "</pool>\n");
    CHECK_STR(listVolumes(pool), "inc,v1,v2");

    vol = virStorageVolLookupByName(pool, "inc");
    g_assert_nonnull(vol);
    checkVolXML(vol,
                "<volume type='file'>\n"
                "  <name>inc</name>\n"
                "  <key>/np/inc</key>\n"
                "  <capacity unit='bytes'>2048</capacity>\n"
                "  <allocation unit='bytes'>1024</allocation>\n"
                "  <target>\n"
                "    <path>/np/inc</path>\n"
                "    <format type='raw'/>\n"
                "  </target>\n"
                "</volume>\n");
    virStorageVolFree(vol);

    /* a key and a path given in the file are kept */
    vol = virStorageVolLookupByKey(conn, "mykey");
    g_assert_nonnull(vol);
    g_assert_cmpstr(virStorageVolGetName(vol), ==, "v2");
    CHECK_STR(virStorageVolGetPath(vol), "/elsewhere/v2.img");
    checkVolXML(vol,
                "<volume type='file'>\n"
                "  <name>v2</name>\n"
                "  <key>mykey</key>\n"
                "  <capacity unit='bytes'>1000</capacity>\n"
                "  <allocation unit='bytes'>1000</allocation>\n"
                "  <target>\n"
                "    <path>/elsewhere/v2.img</path>\n"
                "    <format type='qcow2'/>\n"
                "  </target>\n"
                "</volume>\n");
    virStorageVolFree(vol);
    vol = virStorageVolLookupByPath(conn, "/np/v1");
    g_assert_nonnull(vol);
    g_assert_cmpint(virStorageVolGetInfo(vol, &info), ==, 0);
    g_assert_cmpuint(info.capacity, ==, 1000);
    g_assert_cmpuint(info.allocation, ==, 500);
    virStorageVolFree(vol);

    /* a file's state is its connection's own */
    g_assert_null(virStoragePoolLookupByName(conn, "default-pool"));
    checkError(VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
               "Storage pool not found: no storage pool with matching name 'default-pool'");

    virStoragePoolFree(pool);
    closeConn(conn);
    g_assert_cmpint(g_unlink(volFile), ==, 0);
    g_assert_cmpint(g_unlink(nodeFile), ==, 0);
    g_assert_cmpint(g_rmdir(dir), ==, 0);
}


/* A node file that cannot be loaded: @node is its text. */
static void
checkNodeFileFails(const char *node, int code, int domain, const char *message)
{
    g_autoptr(GError) err = NULL;
    g_autofree char *dir = g_dir_make_tmp("storagetest-XXXXXX", &err);
    g_autofree char *nodeFile = NULL;
    g_autofree char *uri = NULL;

    g_assert_no_error(err);
    nodeFile = g_build_filename(dir, "node.xml", NULL);
    g_assert_true(g_file_set_contents(nodeFile, node, -1, NULL));
    uri = g_strdup_printf("test://%s", nodeFile);
    g_assert_null(virConnectOpen(uri));
    checkError(code, domain, message);
    g_assert_cmpint(g_unlink(nodeFile), ==, 0);
    g_assert_cmpint(g_rmdir(dir), ==, 0);
}

static void
testNodeFileErrors(void)
{
    checkNodeFileFails("<node><pool type='dir'><name>np</name><target><path>/np</path>"
                       "</target><volume><name>a</name></volume></pool></node>",
                       VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
                       "XML error: missing capacity element");
    checkNodeFileFails("<node>"
                       "<pool type='dir'><name>np</name>"
                       "<uuid>35bb2ad9-388a-cdfe-461a-b8907f6e53fe</uuid>"
                       "<target><path>/np</path></target></pool>"
                       "<pool type='dir'><name>np</name>"
                       "<uuid>35bb2ad9-388a-cdfe-461a-b8907f6e53ff</uuid>"
                       "<target><path>/np2</path></target></pool>"
                       "</node>",
                       VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
                       "operation failed: pool 'np' already exists with uuid "
                       "35bb2ad9-388a-cdfe-461a-b8907f6e53fe");
    checkNodeFileFails("<node>"
                       "<pool type='dir'><name>a</name><target><path>/same</path></target></pool>"
                       "<pool type='dir'><name>b</name><target><path>/same</path></target></pool>"
                       "</node>",
                       VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
                       "operation failed: Storage source conflict with pool: 'a'");

    /* the node's own numbers, as libvirt words them */
    checkNodeFileFails("<node><cpu><nodes>x</nodes></cpu></node>", VIR_ERR_XML_ERROR,
                       VIR_FROM_TEST, "XML error: invalid node cpu nodes value");
    checkNodeFileFails("<node><cpu><sockets>-1</sockets></cpu></node>", VIR_ERR_XML_ERROR,
                       VIR_FROM_TEST, "XML error: invalid node cpu sockets value");
    checkNodeFileFails("<node><cpu><active>2x</active></cpu></node>", VIR_ERR_XML_ERROR,
                       VIR_FROM_TEST, "XML error: invalid node cpu active value");
    checkNodeFileFails("<node><memory>lots</memory></node>", VIR_ERR_XML_ERROR,
                       VIR_FROM_TEST, "XML error: invalid node memory value");
}


int
main(int argc, char **argv)
{
    if (virInitialize() < 0)
        return 1;
    virSetErrorFunc(NULL, silentErrorHandler);

    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/storage/default/pool", testDefaultPool);
    g_test_add_func("/storage/pool/lookup-errors", testPoolLookupErrors);
    g_test_add_func("/storage/pool/lifecycle", testPoolLifecycle);
    g_test_add_func("/storage/pool/transient", testPoolTransient);
    g_test_add_func("/storage/pool/autostart", testPoolAutostart);
    g_test_add_func("/storage/pool/define-errors", testPoolDefineErrors);
    g_test_add_func("/storage/pool/redefine", testPoolRedefine);
    g_test_add_func("/storage/pool/list-all", testPoolListAll);
    g_test_add_func("/storage/vol/create", testVolCreate);
    g_test_add_func("/storage/vol/errors", testVolErrors);
    g_test_add_func("/storage/vol/clone", testVolClone);
    g_test_add_func("/storage/vol/delete", testVolDelete);
    g_test_add_func("/storage/vol/inactive-pool", testVolInactivePool);
    g_test_add_func("/storage/vol/other-pools", testVolOtherPools);
    g_test_add_func("/storage/unsupported", testUnsupported);
    g_test_add_func("/storage/find-sources", testFindSources);
    g_test_add_func("/storage/state/shared", testSharedState);
    g_test_add_func("/storage/node-file", testNodeFile);
    g_test_add_func("/storage/node-file-errors", testNodeFileErrors);

    return g_test_run();
}
