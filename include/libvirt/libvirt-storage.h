/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-storage.h: storage pools and volumes
 *
 * Pools of storage (directories, file systems, LVM, iSCSI, ...) and
 * the volumes inside them, with storage events.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_STORAGE_H
#define LIBVIRT_STORAGE_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-storage.h>"
#endif

/*
 * VIR_STORAGE_POOL_EVENT_CALLBACK(cb) casts a specific storage pool event
 * callback to the generic type taken by
 * virConnectStoragePoolEventRegisterAny().
 */
#define VIR_STORAGE_POOL_EVENT_CALLBACK(cb) ((virConnectStoragePoolEventGenericCallback)(cb))

/**
 * virStoragePool:
 *
 * Opaque handle for a storage pool: a source of storage (directory, file
 * system, LVM volume group, iSCSI target, ...) divided into volumes.
 * Release each handle with virStoragePoolFree().
 */
typedef struct _virStoragePool virStoragePool;

/**
 * virStorageVol:
 *
 * Opaque handle for a storage volume, such as a disk image file or a
 * logical volume, inside a pool.  Release with virStorageVolFree().
 */
typedef struct _virStorageVol virStorageVol;

/* ---- Listing pools ---- */

/**
 * virConnectListDefinedStoragePools:
 * @conn: the connection
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with the names of inactive persistent pools; the caller
 * frees each string with free().  virConnectListAllStoragePools() is
 * easier.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virConnectListDefinedStoragePools(virConnectPtr conn,
                                      char ** const names,
                                      int maxnames);

/**
 * virConnectListStoragePools:
 * @conn: the connection
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with the names of active pools; the caller frees each
 * string with free().
 *
 * Returns the number of names stored, or -1 on error.
 */
int virConnectListStoragePools(virConnectPtr conn,
                               char ** const names,
                               int maxnames);

/**
 * virConnectNumOfDefinedStoragePools:
 * @conn: the connection
 *
 * Returns the number of inactive persistent pools, or -1 on error.
 */
int virConnectNumOfDefinedStoragePools(virConnectPtr conn);

/**
 * virConnectNumOfStoragePools:
 * @conn: the connection
 *
 * Returns the number of active pools, or -1 on error.
 */
int virConnectNumOfStoragePools(virConnectPtr conn);

/* The handle type used by every storage pool API. */
typedef virStoragePool *virStoragePoolPtr;

/* ---- Pool life cycle ---- */

/**
 * virStoragePoolBuild:
 * @pool: an inactive pool
 * @flags: bitwise OR of virStoragePoolBuildFlags
 *
 * Prepares the pool's underlying storage: creates the directory, formats
 * the file system or disk, creates the volume group, and so on.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolBuild(virStoragePoolPtr pool, unsigned int flags);

/**
 * virStoragePoolCreate:
 * @pool: an inactive, defined pool
 * @flags: bitwise OR of virStoragePoolCreateFlags
 *
 * Starts the pool (mounts, logs in, activates...) and scans its volumes;
 * the WITH_BUILD flags build it first.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolCreate(virStoragePoolPtr pool, unsigned int flags);

/**
 * virStoragePoolCreateXML:
 * @conn: the connection
 * @xmlDesc: <pool> XML document
 * @flags: bitwise OR of virStoragePoolCreateFlags
 *
 * Creates and starts a transient pool, which disappears when stopped.
 *
 * Returns the pool (release with virStoragePoolFree()), or NULL on error.
 */
virStoragePoolPtr virStoragePoolCreateXML(virConnectPtr conn,
                                          const char *xmlDesc,
                                          unsigned int flags);

/**
 * virStoragePoolDefineXML:
 * @conn: the connection
 * @xml: <pool> XML document
 * @flags: bitwise OR of virStoragePoolDefineFlags
 *
 * Defines a persistent pool, or replaces the stored configuration of an
 * existing one, without starting it.
 *
 * Returns the pool (release with virStoragePoolFree()), or NULL on error.
 */
virStoragePoolPtr virStoragePoolDefineXML(virConnectPtr conn,
                                          const char *xml,
                                          unsigned int flags);

/**
 * virStoragePoolDelete:
 * @pool: an inactive pool
 * @flags: bitwise OR of virStoragePoolDeleteFlags
 *
 * Destroys the pool's underlying storage (the reverse of
 * virStoragePoolBuild()); its data is lost.  The definition remains.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolDelete(virStoragePoolPtr pool, unsigned int flags);

/**
 * virStoragePoolDestroy:
 * @pool: an active pool
 *
 * Stops the pool without touching its data; a transient pool ceases to
 * exist, but @pool must still be freed.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolDestroy(virStoragePoolPtr pool);

/**
 * virStoragePoolFree:
 * @pool: the handle to release
 *
 * Drops a reference to the handle; the pool itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolFree(virStoragePoolPtr pool);

/* ---- Pool properties and contents ---- */

/**
 * virStoragePoolGetAutostart:
 * @pool: the pool
 * @autostart: set to 1 if the pool starts with the host, else 0
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolGetAutostart(virStoragePoolPtr pool, int *autostart);

/**
 * virStoragePoolGetConnect:
 * @pool: the pool
 *
 * Gives the connection @pool belongs to, without taking a reference: do
 * not close it, and keep the connection open while @pool is in use.
 *
 * Returns the connection, or NULL on error.
 */
virConnectPtr virStoragePoolGetConnect(virStoragePoolPtr pool);

/**
 * virStoragePoolInfo:
 *
 * State and size of a pool, filled in by virStoragePoolGetInfo().  Sizes
 * are in bytes.
 */
typedef struct _virStoragePoolInfo virStoragePoolInfo;

struct _virStoragePoolInfo {
    int state;                      /* a virStoragePoolState */
    unsigned long long capacity;    /* total size */
    unsigned long long allocation;  /* space used by volumes */
    unsigned long long available;   /* space left for new volumes */
};

/* Pointer to a virStoragePoolInfo. */
typedef virStoragePoolInfo *virStoragePoolInfoPtr;

/**
 * virStoragePoolGetInfo:
 * @pool: the pool
 * @info: caller-allocated structure to fill
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolGetInfo(virStoragePoolPtr pool, virStoragePoolInfoPtr info);

/**
 * virStoragePoolGetName:
 * @pool: the pool
 *
 * Returns the pool's name, owned by @pool (do not free it), or NULL on
 * error.
 */
const char *virStoragePoolGetName(virStoragePoolPtr pool);

/**
 * virStoragePoolGetUUID:
 * @pool: the pool
 * @uuid: caller buffer of VIR_UUID_BUFLEN bytes
 *
 * Copies the pool's UUID in raw form into @uuid.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolGetUUID(virStoragePoolPtr pool, unsigned char *uuid);

/**
 * virStoragePoolGetUUIDString:
 * @pool: the pool
 * @buf: caller buffer of VIR_UUID_STRING_BUFLEN bytes
 *
 * Writes the pool's UUID as a NUL-terminated string into @buf.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolGetUUIDString(virStoragePoolPtr pool, char *buf);

/**
 * virStoragePoolGetXMLDesc:
 * @pool: the pool
 * @flags: bitwise OR of virStorageXMLFlags
 *
 * Describes the pool as XML: the live state by default, the stored
 * configuration with VIR_STORAGE_XML_INACTIVE.
 *
 * Returns the XML document (caller frees with free()), or NULL on error.
 */
char *virStoragePoolGetXMLDesc(virStoragePoolPtr pool, unsigned int flags);

/**
 * virStoragePoolListVolumes:
 * @pool: an active pool
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with the names of the pool's volumes; the caller frees
 * each string with free().  virStoragePoolListAllVolumes() is easier.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virStoragePoolListVolumes(virStoragePoolPtr pool,
                              char ** const names,
                              int maxnames);

/* ---- Finding pools ---- */

/**
 * virStoragePoolLookupByName:
 * @conn: the connection
 * @name: pool name
 *
 * Returns the pool (release with virStoragePoolFree()), or NULL with
 * VIR_ERR_NO_STORAGE_POOL if there is none by that name.
 */
virStoragePoolPtr virStoragePoolLookupByName(virConnectPtr conn,
                                             const char *name);

/**
 * virStoragePoolLookupByUUID:
 * @conn: the connection
 * @uuid: raw UUID of VIR_UUID_BUFLEN bytes
 *
 * Returns the pool (release with virStoragePoolFree()), or NULL if not
 * found or on error.
 */
virStoragePoolPtr virStoragePoolLookupByUUID(virConnectPtr conn,
                                             const unsigned char *uuid);

/**
 * virStoragePoolLookupByUUIDString:
 * @conn: the connection
 * @uuidstr: UUID in its string form
 *
 * Returns the pool (release with virStoragePoolFree()), or NULL if not
 * found or on error.
 */
virStoragePoolPtr virStoragePoolLookupByUUIDString(virConnectPtr conn,
                                                   const char *uuidstr);

/* The handle type used by every storage volume API. */
typedef virStorageVol *virStorageVolPtr;

/**
 * virStoragePoolLookupByVolume:
 * @vol: a volume
 *
 * Returns the pool containing @vol (release with virStoragePoolFree()),
 * or NULL on error.
 */
virStoragePoolPtr virStoragePoolLookupByVolume(virStorageVolPtr vol);

/* ---- Other pool calls ---- */

/**
 * virStoragePoolNumOfVolumes:
 * @pool: an active pool
 *
 * Returns the number of volumes in the pool, or -1 on error.
 */
int virStoragePoolNumOfVolumes(virStoragePoolPtr pool);

/**
 * virStoragePoolRefresh:
 * @pool: an active pool
 * @flags: currently unused, pass 0
 *
 * Rescans the pool, picking up volumes created or removed behind the
 * library's back and updating sizes.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolRefresh(virStoragePoolPtr pool, unsigned int flags);

/**
 * virStoragePoolSetAutostart:
 * @pool: a persistent pool
 * @autostart: non-zero to start the pool when the host boots
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolSetAutostart(virStoragePoolPtr pool, int autostart);

/**
 * virStoragePoolUndefine:
 * @pool: a persistent pool
 *
 * Deletes the stored configuration; the storage is not touched.  A
 * running pool keeps running as a transient one.
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolUndefine(virStoragePoolPtr pool);

/* ---- Volumes ---- */

/**
 * virStorageVolCreateXML:
 * @pool: an active pool
 * @xmlDesc: <volume> XML document
 * @flags: bitwise OR of virStorageVolCreateFlags
 *
 * Creates a new volume in @pool.
 *
 * Returns the volume (release with virStorageVolFree()), or NULL on error.
 */
virStorageVolPtr virStorageVolCreateXML(virStoragePoolPtr pool,
                                        const char *xmlDesc,
                                        unsigned int flags);

/**
 * virStorageVolDelete:
 * @vol: the volume
 * @flags: bitwise OR of virStorageVolDeleteFlags
 *
 * Removes the volume and its data from the pool; @vol must still be
 * freed.
 *
 * Returns 0 on success, -1 on error.
 */
int virStorageVolDelete(virStorageVolPtr vol, unsigned int flags);

/**
 * virStorageVolFree:
 * @vol: the handle to release
 *
 * Drops a reference to the handle; the volume itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virStorageVolFree(virStorageVolPtr vol);

/**
 * virStorageVolGetConnect:
 * @vol: the volume
 *
 * Gives the connection @vol belongs to, without taking a reference: do
 * not close it, and keep the connection open while @vol is in use.
 *
 * Returns the connection, or NULL on error.
 */
virConnectPtr virStorageVolGetConnect(virStorageVolPtr vol);

/**
 * virStorageVolInfo:
 *
 * Type and size of a volume, filled in by virStorageVolGetInfo().  Sizes
 * are in bytes.
 */
typedef struct _virStorageVolInfo virStorageVolInfo;

struct _virStorageVolInfo {
    int type;                       /* a virStorageVolType */
    unsigned long long capacity;    /* size seen by a guest */
    unsigned long long allocation;  /* host space in use (see virStorageVolInfoFlags) */
};

/* Pointer to a virStorageVolInfo. */
typedef virStorageVolInfo *virStorageVolInfoPtr;

/**
 * virStorageVolGetInfo:
 * @vol: the volume
 * @info: caller-allocated structure to fill
 *
 * Returns 0 on success, -1 on error.
 */
int virStorageVolGetInfo(virStorageVolPtr vol, virStorageVolInfoPtr info);

/**
 * virStorageVolGetKey:
 * @vol: the volume
 *
 * Gives the volume's key, a string that identifies it uniquely even
 * across hosts sharing the storage (often its path).
 *
 * Returns the key, owned by @vol (do not free it), or NULL on error.
 */
const char *virStorageVolGetKey(virStorageVolPtr vol);

/**
 * virStorageVolGetName:
 * @vol: the volume
 *
 * Returns the volume's name, unique within its pool and owned by @vol (do
 * not free it), or NULL on error.
 */
const char *virStorageVolGetName(virStorageVolPtr vol);

/**
 * virStorageVolGetPath:
 * @vol: the volume
 *
 * Gives the path by which the host reaches the volume, suitable for a
 * guest's disk <source>.
 *
 * Returns the path (caller frees with free()), or NULL on error.
 */
char *virStorageVolGetPath(virStorageVolPtr vol);

/**
 * virStorageVolGetXMLDesc:
 * @vol: the volume
 * @flags: currently unused, pass 0
 *
 * Returns the volume's <volume> XML (caller frees with free()), or NULL on
 * error.
 */
char *virStorageVolGetXMLDesc(virStorageVolPtr vol, unsigned int flags);

/**
 * virStorageVolLookupByKey:
 * @conn: the connection
 * @key: volume key, as from virStorageVolGetKey()
 *
 * Searches all active pools for the volume.
 *
 * Returns the volume (release with virStorageVolFree()), or NULL with
 * VIR_ERR_NO_STORAGE_VOL if not found.
 */
virStorageVolPtr virStorageVolLookupByKey(virConnectPtr conn, const char *key);

/**
 * virStorageVolLookupByName:
 * @pool: an active pool
 * @name: volume name
 *
 * Returns the volume (release with virStorageVolFree()), or NULL with
 * VIR_ERR_NO_STORAGE_VOL if not found.
 */
virStorageVolPtr virStorageVolLookupByName(virStoragePoolPtr pool,
                                           const char *name);

/**
 * virStorageVolLookupByPath:
 * @conn: the connection
 * @path: host path of the volume
 *
 * Searches all active pools for the volume at @path.
 *
 * Returns the volume (release with virStorageVolFree()), or NULL with
 * VIR_ERR_NO_STORAGE_VOL if not found.
 */
virStorageVolPtr virStorageVolLookupByPath(virConnectPtr conn,
                                           const char *path);

/* ---- Later additions: discovery, cloning, wiping, transfers ---- */

/**
 * virConnectFindStoragePoolSources:
 * @conn: the connection
 * @type: pool type to probe for, e.g. "netfs", "logical" or "iscsi"
 * @srcSpec: optional <source> XML telling where to look (such as a host)
 * @flags: currently unused, pass 0
 *
 * Discovers storage that could back a pool of @type, for example the NFS
 * exports of a server or the volume groups of the host.
 *
 * Returns a <sources> XML document (caller frees with free()), or NULL on
 * error.
 */
char *virConnectFindStoragePoolSources(virConnectPtr conn,
                                       const char *type,
                                       const char *srcSpec,
                                       unsigned int flags);

/**
 * virStoragePoolRef:
 * @pool: the pool
 *
 * Takes an extra reference, dropped later with virStoragePoolFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virStoragePoolRef(virStoragePoolPtr pool);

/**
 * virStorageVolRef:
 * @vol: the volume
 *
 * Takes an extra reference, dropped later with virStorageVolFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virStorageVolRef(virStorageVolPtr vol);

/**
 * virStorageVolCreateXMLFrom:
 * @pool: pool for the new volume
 * @xmlDesc: <volume> XML document for the new volume
 * @clonevol: volume to copy data from, possibly in another pool
 * @flags: bitwise OR of virStorageVolCreateFlags
 *
 * Creates a volume whose contents are a copy of @clonevol; where the
 * pool supports it, the copy is converted to the format the XML names.
 *
 * Returns the volume (release with virStorageVolFree()), or NULL on error.
 */
virStorageVolPtr virStorageVolCreateXMLFrom(virStoragePoolPtr pool,
                                            const char *xmlDesc,
                                            virStorageVolPtr clonevol,
                                            unsigned int flags);

/**
 * virStoragePoolIsActive:
 * @pool: the pool
 *
 * Returns 1 if the pool is running, 0 if not, -1 on error.
 */
int virStoragePoolIsActive(virStoragePoolPtr pool);

/**
 * virStoragePoolIsPersistent:
 * @pool: the pool
 *
 * Returns 1 if the pool has a stored configuration, 0 if it is
 * transient, -1 on error.
 */
int virStoragePoolIsPersistent(virStoragePoolPtr pool);

/**
 * virStorageVolWipe:
 * @vol: the volume
 * @flags: currently unused, pass 0
 *
 * Overwrites the volume's data with zeros; the volume itself remains.
 *
 * Returns 0 on success, -1 on error.
 */
int virStorageVolWipe(virStorageVolPtr vol, unsigned int flags);

/**
 * virStorageVolDownload:
 * @vol: the volume to read
 * @stream: a stream from virStreamNew()
 * @offset: first byte to read
 * @length: number of bytes, 0 for everything up to the end
 * @flags: bitwise OR of virStorageVolDownloadFlags
 *
 * Starts copying volume data into @stream; receive it with
 * virStreamRecv() or virStreamRecvAll(), then call virStreamFinish().
 * The data is the volume's raw content (e.g. qcow2 bytes), not the
 * guest's view of it.
 *
 * Returns 0 if the transfer started, -1 on error.
 */
int virStorageVolDownload(virStorageVolPtr vol,
                          virStreamPtr stream,
                          unsigned long long offset,
                          unsigned long long length,
                          unsigned int flags);

/**
 * virStorageVolUpload:
 * @vol: the volume to write
 * @stream: a stream from virStreamNew()
 * @offset: first byte to write
 * @length: maximum number of bytes, 0 for no limit
 * @flags: bitwise OR of virStorageVolUploadFlags
 *
 * Starts copying data from @stream into the volume; send it with
 * virStreamSend() or virStreamSendAll(), then call virStreamFinish().
 * The data is the volume's raw content (e.g. qcow2 bytes), not the
 * guest's view of it.
 *
 * Returns 0 if the transfer started, -1 on error.
 */
int virStorageVolUpload(virStorageVolPtr vol,
                        virStreamPtr stream,
                        unsigned long long offset,
                        unsigned long long length,
                        unsigned int flags);

/**
 * virStorageVolResize:
 * @vol: the volume
 * @capacity: new size in bytes, or the change with
 *            VIR_STORAGE_VOL_RESIZE_DELTA
 * @flags: bitwise OR of virStorageVolResizeFlags
 *
 * Changes the volume's capacity.  Shrinking, which may destroy data,
 * needs VIR_STORAGE_VOL_RESIZE_SHRINK.
 *
 * Returns 0 on success, -1 on error.
 */
int virStorageVolResize(virStorageVolPtr vol,
                        unsigned long long capacity,
                        unsigned int flags);

/**
 * virStorageVolWipePattern:
 * @vol: the volume
 * @algorithm: a virStorageVolWipeAlgorithm
 * @flags: currently unused, pass 0
 *
 * Like virStorageVolWipe(), with a choice of overwrite method.
 *
 * Returns 0 on success, -1 on error.
 */
int virStorageVolWipePattern(virStorageVolPtr vol,
                             unsigned int algorithm,
                             unsigned int flags);

/**
 * virConnectListAllStoragePools:
 * @conn: the connection
 * @pools: optional; receives an allocated array of pools
 * @flags: bitwise OR of virConnectListAllStoragePoolsFlags to filter; 0
 *         for all
 *
 * Lists pools in one call.  Free each element with virStoragePoolFree()
 * and the array with free().  Pass NULL @pools to only count.
 *
 * Returns the number of pools, or -1 on error.
 */
int virConnectListAllStoragePools(virConnectPtr conn,
                                  virStoragePoolPtr **pools,
                                  unsigned int flags);

/**
 * virStoragePoolListAllVolumes:
 * @pool: an active pool
 * @vols: optional; receives an allocated array of volumes
 * @flags: currently unused, pass 0
 *
 * Lists the pool's volumes in one call.  Free each element with
 * virStorageVolFree() and the array with free().  Pass NULL @vols to only
 * count.
 *
 * Returns the number of volumes, or -1 on error.
 */
int virStoragePoolListAllVolumes(virStoragePoolPtr pool,
                                 virStorageVolPtr **vols,
                                 unsigned int flags);

/* ---- Storage pool events ---- */

/**
 * virConnectStoragePoolEventDeregisterAny:
 * @conn: the connection
 * @callbackID: value returned by virConnectStoragePoolEventRegisterAny()
 *
 * Stops delivery to a callback; its free function then runs.
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectStoragePoolEventDeregisterAny(virConnectPtr conn, int callbackID);

/**
 * virConnectStoragePoolEventGenericCallback:
 * @conn: the connection
 * @pool: the pool the event is about
 * @opaque: user data given at registration
 *
 * Signature used at registration, and the actual signature of
 * VIR_STORAGE_POOL_EVENT_ID_REFRESH callbacks.  Others have the type that
 * belongs to their event ID and are cast with
 * VIR_STORAGE_POOL_EVENT_CALLBACK().
 */
typedef void (*virConnectStoragePoolEventGenericCallback)(virConnectPtr conn,
                                                          virStoragePoolPtr pool,
                                                          void *opaque);

/**
 * virConnectStoragePoolEventRegisterAny:
 * @conn: the connection
 * @pool: pool to watch, or NULL for all pools
 * @eventID: a virStoragePoolEventID
 * @cb: callback of the type matching @eventID, cast with
 *      VIR_STORAGE_POOL_EVENT_CALLBACK()
 * @opaque: user data for @cb
 * @freecb: optional function that releases @opaque on deregistration
 *
 * Subscribes to storage pool events.  Callbacks run from the event loop,
 * so one must be registered and running.
 *
 * Returns a callback ID >= 0 for deregistration, or -1 on error.
 */
int virConnectStoragePoolEventRegisterAny(virConnectPtr conn,
                                          virStoragePoolPtr pool,
                                          int eventID,
                                          virConnectStoragePoolEventGenericCallback cb,
                                          void *opaque,
                                          virFreeCallback freecb);

/* ---- Further additions ---- */

/**
 * virStorageVolGetInfoFlags:
 * @vol: the volume
 * @info: caller-allocated structure to fill
 * @flags: bitwise OR of virStorageVolInfoFlags
 *
 * Like virStorageVolGetInfo(); VIR_STORAGE_VOL_GET_PHYSICAL puts the
 * host-side size of the volume in @info->allocation.
 *
 * Returns 0 on success, -1 on error.
 */
int virStorageVolGetInfoFlags(virStorageVolPtr vol,
                              virStorageVolInfoPtr info,
                              unsigned int flags);

/**
 * virStoragePoolLookupByTargetPath:
 * @conn: the connection
 * @path: target path of a pool, e.g. its directory
 *
 * Returns the pool whose target is @path (release with
 * virStoragePoolFree()), or NULL if not found or on error.
 */
virStoragePoolPtr virStoragePoolLookupByTargetPath(virConnectPtr conn,
                                                   const char *path);

/**
 * virConnectGetStoragePoolCapabilities:
 * @conn: the connection
 * @flags: currently unused, pass 0
 *
 * Describes which pool types the storage driver supports and their
 * options, as a <storagepoolCapabilities> XML document.
 *
 * Returns the XML (caller frees with free()), or NULL on error.
 */
char *virConnectGetStoragePoolCapabilities(virConnectPtr conn,
                                           unsigned int flags);

/* ---- Enumerations ---- */

/* Flags for virStoragePoolBuild(). */
typedef enum {
    VIR_STORAGE_POOL_BUILD_NEW          = 0,       /* create from scratch (default) */
    VIR_STORAGE_POOL_BUILD_REPAIR       = 1 << 0,  /* repair existing storage */
    VIR_STORAGE_POOL_BUILD_RESIZE       = 1 << 1,  /* extend existing storage */
    VIR_STORAGE_POOL_BUILD_NO_OVERWRITE = 1 << 2,  /* fail if existing data is found */
    VIR_STORAGE_POOL_BUILD_OVERWRITE    = 1 << 3,  /* format even over existing data */
} virStoragePoolBuildFlags;

/* Flags for virStoragePoolDelete(). */
typedef enum {
    VIR_STORAGE_POOL_DELETE_NORMAL = 0,       /* just release the storage */
    VIR_STORAGE_POOL_DELETE_ZEROED = 1 << 0,  /* zero the data first (slow) */
} virStoragePoolDeleteFlags;

/* Pool states reported in virStoragePoolInfo.state. */
typedef enum {
    VIR_STORAGE_POOL_INACTIVE     = 0,
    VIR_STORAGE_POOL_BUILDING     = 1,  /* being built, not usable yet */
    VIR_STORAGE_POOL_RUNNING      = 2,  /* active and usable */
    VIR_STORAGE_POOL_DEGRADED     = 3,  /* active, but with reduced redundancy or speed */
    VIR_STORAGE_POOL_INACCESSIBLE = 4,  /* active, but its storage is unreachable */

# ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_POOL_STATE_LAST
# endif
} virStoragePoolState;

/* Flags for virStorageVolDelete(). */
typedef enum {
    VIR_STORAGE_VOL_DELETE_NORMAL         = 0,       /* just remove the volume */
    VIR_STORAGE_VOL_DELETE_ZEROED         = 1 << 0,  /* zero the data first (slow) */
    VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS = 1 << 1,  /* also remove its snapshots (e.g. RBD) */
} virStorageVolDeleteFlags;

/* Kinds of volume, reported in virStorageVolInfo.type. */
typedef enum {
    VIR_STORAGE_VOL_FILE    = 0,  /* a regular file */
    VIR_STORAGE_VOL_BLOCK   = 1,  /* a block device */
    VIR_STORAGE_VOL_DIR     = 2,  /* a directory */
    VIR_STORAGE_VOL_NETWORK = 3,  /* reached over the network (RBD, Gluster, ...) */
    VIR_STORAGE_VOL_NETDIR  = 4,  /* a directory reached over the network */
    VIR_STORAGE_VOL_PLOOP   = 5,  /* a Virtuozzo ploop image */

# ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_VOL_LAST
# endif
} virStorageVolType;

/* Flags for virStorageVolResize(). */
typedef enum {
    VIR_STORAGE_VOL_RESIZE_ALLOCATE = 1 << 0,  /* allocate the new space now */
    VIR_STORAGE_VOL_RESIZE_DELTA    = 1 << 1,  /* capacity is a change, not a total */
    VIR_STORAGE_VOL_RESIZE_SHRINK   = 1 << 2,  /* allow making the volume smaller */
} virStorageVolResizeFlags;

/* Overwrite methods for virStorageVolWipePattern(). */
typedef enum {
    VIR_STORAGE_VOL_WIPE_ALG_ZERO       = 0,  /* one pass of zeros */
    VIR_STORAGE_VOL_WIPE_ALG_NNSA       = 1,  /* 4 passes, US NNSA policy */
    VIR_STORAGE_VOL_WIPE_ALG_DOD        = 2,  /* 4 passes, US DoD 5220.22-M */
    VIR_STORAGE_VOL_WIPE_ALG_BSI        = 3,  /* 9 passes, German BSI */
    VIR_STORAGE_VOL_WIPE_ALG_GUTMANN    = 4,  /* 35 passes, Gutmann's method */
    VIR_STORAGE_VOL_WIPE_ALG_SCHNEIER   = 5,  /* 7 passes, Schneier's method */
    VIR_STORAGE_VOL_WIPE_ALG_PFITZNER7  = 6,  /* 7 random passes */
    VIR_STORAGE_VOL_WIPE_ALG_PFITZNER33 = 7,  /* 33 random passes */
    VIR_STORAGE_VOL_WIPE_ALG_RANDOM     = 8,  /* one random pass */
    VIR_STORAGE_VOL_WIPE_ALG_TRIM       = 9,  /* discard the blocks (TRIM/UNMAP) */

# ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_VOL_WIPE_ALG_LAST
# endif
} virStorageVolWipeAlgorithm;

/* Flags for virStoragePoolGetXMLDesc(). */
typedef enum {
    VIR_STORAGE_XML_INACTIVE = 1 << 0,  /* the stored configuration, not the live state */
} virStorageXMLFlags;

/*
 * Filters for virConnectListAllStoragePools().  Within each pair, setting
 * neither or both means no filtering; the pool type bits select any of
 * the types set.
 */
typedef enum {
    VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE     = 1 << 0,
    VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE       = 1 << 1,
    VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT   = 1 << 2,
    VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT    = 1 << 3,
    VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART    = 1 << 4,
    VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART = 1 << 5,
    VIR_CONNECT_LIST_STORAGE_POOLS_DIR          = 1 << 6,
    VIR_CONNECT_LIST_STORAGE_POOLS_FS           = 1 << 7,
    VIR_CONNECT_LIST_STORAGE_POOLS_NETFS        = 1 << 8,
    VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL      = 1 << 9,
    VIR_CONNECT_LIST_STORAGE_POOLS_DISK         = 1 << 10,
    VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI        = 1 << 11,
    VIR_CONNECT_LIST_STORAGE_POOLS_SCSI         = 1 << 12,
    VIR_CONNECT_LIST_STORAGE_POOLS_MPATH        = 1 << 13,
    VIR_CONNECT_LIST_STORAGE_POOLS_RBD          = 1 << 14,
    VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG     = 1 << 15,
    VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER      = 1 << 16,
    VIR_CONNECT_LIST_STORAGE_POOLS_ZFS          = 1 << 17,
    VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE     = 1 << 18,
    VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT = 1 << 19,
} virConnectListAllStoragePoolsFlags;

/* Flags for virStorageVolCreateXML() and virStorageVolCreateXMLFrom(). */
typedef enum {
    VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA = 1 << 0,  /* preallocate image metadata (qcow2) */
    VIR_STORAGE_VOL_CREATE_REFLINK           = 1 << 1,  /* clone by copy-on-write where possible */
    VIR_STORAGE_VOL_CREATE_VALIDATE          = 1 << 2,  /* reject XML that fails schema
                                                           validation */
} virStorageVolCreateFlags;

/* Flags for virStoragePoolCreate() and virStoragePoolCreateXML(). */
typedef enum {
    VIR_STORAGE_POOL_CREATE_NORMAL                  = 0,       /* just start the pool */
    VIR_STORAGE_POOL_CREATE_WITH_BUILD              = 1 << 0,  /* build it first */
    VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE    = 1 << 1,  /* build it first, over existing
                                                                  data */
    VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE = 1 << 2,  /* build it first, unless data
                                                                  exists */
} virStoragePoolCreateFlags;

/**
 * virConnectStoragePoolEventLifecycleCallback:
 * @conn: the connection
 * @pool: the pool
 * @event: a virStoragePoolEventLifecycleType
 * @detail: reserved, currently always 0
 * @opaque: user data given at registration
 *
 * Callback for VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE.
 */
typedef void (*virConnectStoragePoolEventLifecycleCallback)(virConnectPtr conn,
                                                            virStoragePoolPtr pool,
                                                            int event,
                                                            int detail,
                                                            void *opaque);

/* Storage pool event kinds; each one names the callback type it uses. */
typedef enum {
    VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE = 0,  /* virConnectStoragePoolEventLi
                                                 fecycleCallback */
    VIR_STORAGE_POOL_EVENT_ID_REFRESH   = 1,  /* virConnectStoragePoolEventGe
                                                 nericCallback */

# ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_POOL_EVENT_ID_LAST
# endif
} virStoragePoolEventID;

/* The @event argument of virConnectStoragePoolEventLifecycleCallback. */
typedef enum {
    VIR_STORAGE_POOL_EVENT_DEFINED   = 0,
    VIR_STORAGE_POOL_EVENT_UNDEFINED = 1,
    VIR_STORAGE_POOL_EVENT_STARTED   = 2,
    VIR_STORAGE_POOL_EVENT_STOPPED   = 3,
    VIR_STORAGE_POOL_EVENT_CREATED   = 4,  /* the storage was built */
    VIR_STORAGE_POOL_EVENT_DELETED   = 5,  /* the storage was deleted */

# ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_POOL_EVENT_LAST
# endif
} virStoragePoolEventLifecycleType;

/* Flags for virStorageVolGetInfoFlags(). */
typedef enum {
    VIR_STORAGE_VOL_USE_ALLOCATION = 0,       /* allocation = space in use */
    VIR_STORAGE_VOL_GET_PHYSICAL   = 1 << 0,  /* allocation = host-side size */
} virStorageVolInfoFlags;

/* Flags for virStorageVolDownload(). */
typedef enum {
    VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM = 1 << 0,  /* send holes as holes */
} virStorageVolDownloadFlags;

/* Flags for virStorageVolUpload(). */
typedef enum {
    VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM = 1 << 0,  /* the stream carries holes */
} virStorageVolUploadFlags;

/* Flags for virStoragePoolDefineXML(). */
typedef enum {
    VIR_STORAGE_POOL_DEFINE_VALIDATE = 1 << 0,  /* reject XML that fails
                                                   schema validation */
} virStoragePoolDefineFlags;

#endif /* LIBVIRT_STORAGE_H */
