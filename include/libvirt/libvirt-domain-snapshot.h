/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-domain-snapshot.h: domain snapshots
 *
 * Saved states of a domain (disks, and optionally memory)
 * that it can later be reverted to.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_DOMAIN_SNAPSHOT_H
#define LIBVIRT_DOMAIN_SNAPSHOT_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-domain-snapshot.h>"
#endif

/**
 * virDomainSnapshot:
 *
 * Opaque handle for a snapshot of a domain: saved disk state, and
 * possibly memory state, that the domain can be reverted to.  Snapshots
 * form a tree per domain.  Release each handle with
 * virDomainSnapshotFree().
 */
typedef struct _virDomainSnapshot virDomainSnapshot;

/**
 * virDomainHasCurrentSnapshot:
 * @domain: the domain
 * @flags: currently unused, pass 0
 *
 * Returns 1 if a current snapshot exists for @domain, 0 if not, -1 on
 * error.
 */
int virDomainHasCurrentSnapshot(virDomainPtr domain, unsigned int flags);

/* The handle type used by every snapshot API. */
typedef virDomainSnapshot *virDomainSnapshotPtr;

/**
 * virDomainRevertToSnapshot:
 * @snapshot: the snapshot to return to
 * @flags: bitwise OR of virDomainSnapshotRevertFlags
 *
 * Puts the domain back into the state recorded by @snapshot, which then
 * becomes the current snapshot.  Changes made since are lost.  Reverts
 * that could lose more than that fail with VIR_ERR_SNAPSHOT_REVERT_RISKY
 * unless VIR_DOMAIN_SNAPSHOT_REVERT_FORCE is given.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainRevertToSnapshot(virDomainSnapshotPtr snapshot,
                              unsigned int flags);

/* ---- Creating, finding, listing and deleting snapshots ---- */

/**
 * virDomainSnapshotCreateXML:
 * @domain: the domain
 * @xmlDesc: <domainsnapshot> XML document; may be nearly empty
 * @flags: bitwise OR of virDomainSnapshotCreateFlags
 *
 * Takes a snapshot of the domain, or with
 * VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE re-creates the metadata of a
 * snapshot that already exists on disk.
 *
 * Returns the snapshot (release with virDomainSnapshotFree()), or NULL on
 * error.
 */
virDomainSnapshotPtr virDomainSnapshotCreateXML(virDomainPtr domain,
                                                const char *xmlDesc,
                                                unsigned int flags);

/**
 * virDomainSnapshotCurrent:
 * @domain: the domain
 * @flags: currently unused, pass 0
 *
 * Returns the current snapshot, i.e. the one the domain's state derives
 * from (release with virDomainSnapshotFree()), or NULL with
 * VIR_ERR_NO_DOMAIN_SNAPSHOT if there is none.
 */
virDomainSnapshotPtr virDomainSnapshotCurrent(virDomainPtr domain,
                                              unsigned int flags);

/**
 * virDomainSnapshotDelete:
 * @snapshot: the snapshot
 * @flags: bitwise OR of virDomainSnapshotDeleteFlags
 *
 * Deletes the snapshot, merging its data so the domain is unaffected;
 * flags extend this to its descendants or limit it to the metadata.
 * @snapshot must still be freed.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSnapshotDelete(virDomainSnapshotPtr snapshot, unsigned int flags);

/**
 * virDomainSnapshotFree:
 * @snapshot: the handle to release
 *
 * Drops a reference to the handle; the snapshot itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSnapshotFree(virDomainSnapshotPtr snapshot);

/**
 * virDomainSnapshotGetXMLDesc:
 * @snapshot: the snapshot
 * @flags: bitwise OR of virDomainSnapshotXMLFlags
 *
 * Describes the snapshot, including the domain definition it recorded.
 *
 * Returns the XML document (caller frees with free()), or NULL on error.
 */
char *virDomainSnapshotGetXMLDesc(virDomainSnapshotPtr snapshot,
                                  unsigned int flags);

/**
 * virDomainSnapshotListNames:
 * @domain: the domain
 * @names: caller-allocated array of @nameslen string pointers
 * @nameslen: size of @names
 * @flags: bitwise OR of virDomainSnapshotListFlags to filter
 *
 * Fills @names with snapshot names; the caller frees each string with
 * free().  virDomainListAllSnapshots() is easier and race-free.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virDomainSnapshotListNames(virDomainPtr domain,
                               char **names,
                               int nameslen,
                               unsigned int flags);

/**
 * virDomainSnapshotLookupByName:
 * @domain: the domain
 * @name: snapshot name
 * @flags: currently unused, pass 0
 *
 * Returns the snapshot (release with virDomainSnapshotFree()), or NULL
 * with VIR_ERR_NO_DOMAIN_SNAPSHOT if not found.
 */
virDomainSnapshotPtr virDomainSnapshotLookupByName(virDomainPtr domain,
                                                   const char *name,
                                                   unsigned int flags);

/**
 * virDomainSnapshotNum:
 * @domain: the domain
 * @flags: bitwise OR of virDomainSnapshotListFlags to filter
 *
 * Returns the number of matching snapshots, or -1 on error.
 */
int virDomainSnapshotNum(virDomainPtr domain, unsigned int flags);

/* ---- Snapshot properties and relations ---- */

/**
 * virDomainSnapshotGetConnect:
 * @snapshot: the snapshot
 *
 * Returns the connection of the snapshot's domain, without an extra
 * reference (do not close it), or NULL on error.
 */
virConnectPtr virDomainSnapshotGetConnect(virDomainSnapshotPtr snapshot);

/**
 * virDomainSnapshotGetDomain:
 * @snapshot: the snapshot
 *
 * Returns the domain the snapshot belongs to, without an extra reference
 * (do not free it), or NULL on error.
 */
virDomainPtr virDomainSnapshotGetDomain(virDomainSnapshotPtr snapshot);

/**
 * virDomainSnapshotGetName:
 * @snapshot: the snapshot
 *
 * Returns the snapshot's name, owned by @snapshot (do not free it), or
 * NULL on error.
 */
const char *virDomainSnapshotGetName(virDomainSnapshotPtr snapshot);

/**
 * virDomainSnapshotGetParent:
 * @snapshot: the snapshot
 * @flags: currently unused, pass 0
 *
 * Returns the parent snapshot (release with virDomainSnapshotFree()), or
 * NULL with VIR_ERR_NO_DOMAIN_SNAPSHOT if @snapshot is a root.
 */
virDomainSnapshotPtr virDomainSnapshotGetParent(virDomainSnapshotPtr snapshot,
                                                unsigned int flags);

/**
 * virDomainSnapshotListChildrenNames:
 * @snapshot: the snapshot
 * @names: caller-allocated array of @nameslen string pointers
 * @nameslen: size of @names
 * @flags: bitwise OR of virDomainSnapshotListFlags
 *
 * Fills @names with the names of the snapshot's children, or of all its
 * descendants with VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS; the caller frees
 * each string with free().
 *
 * Returns the number of names stored, or -1 on error.
 */
int virDomainSnapshotListChildrenNames(virDomainSnapshotPtr snapshot,
                                       char **names,
                                       int nameslen,
                                       unsigned int flags);

/**
 * virDomainSnapshotNumChildren:
 * @snapshot: the snapshot
 * @flags: bitwise OR of virDomainSnapshotListFlags
 *
 * Returns the number of children (or descendants, with
 * VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS), or -1 on error.
 */
int virDomainSnapshotNumChildren(virDomainSnapshotPtr snapshot,
                                 unsigned int flags);

/**
 * virDomainListAllSnapshots:
 * @domain: the domain
 * @snaps: optional; receives an allocated array of snapshots
 * @flags: bitwise OR of virDomainSnapshotListFlags to filter
 *
 * Lists snapshots in one call.  Free each element with
 * virDomainSnapshotFree() and the array with free().  Pass NULL @snaps
 * to only count.  VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL puts parents
 * before their children.
 *
 * Returns the number of snapshots, or -1 on error.
 */
int virDomainListAllSnapshots(virDomainPtr domain,
                              virDomainSnapshotPtr **snaps,
                              unsigned int flags);

/**
 * virDomainSnapshotHasMetadata:
 * @snapshot: the snapshot
 * @flags: currently unused, pass 0
 *
 * Tells whether the library keeps metadata for the snapshot; such
 * metadata can stop a domain from being undefined.
 *
 * Returns 1 if it does, 0 if not, -1 on error.
 */
int virDomainSnapshotHasMetadata(virDomainSnapshotPtr snapshot,
                                 unsigned int flags);

/**
 * virDomainSnapshotIsCurrent:
 * @snapshot: the snapshot
 * @flags: currently unused, pass 0
 *
 * Returns 1 if @snapshot is its domain's current snapshot, 0 if not, -1
 * on error.
 */
int virDomainSnapshotIsCurrent(virDomainSnapshotPtr snapshot,
                               unsigned int flags);

/**
 * virDomainSnapshotListAllChildren:
 * @snapshot: the snapshot
 * @snaps: optional; receives an allocated array of snapshots
 * @flags: bitwise OR of virDomainSnapshotListFlags
 *
 * Lists the snapshot's children (or all descendants, with
 * VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS).  Free each element with
 * virDomainSnapshotFree() and the array with free().
 *
 * Returns the number of snapshots, or -1 on error.
 */
int virDomainSnapshotListAllChildren(virDomainSnapshotPtr snapshot,
                                     virDomainSnapshotPtr **snaps,
                                     unsigned int flags);

/**
 * virDomainSnapshotRef:
 * @snapshot: the snapshot
 *
 * Takes an extra reference, dropped later with virDomainSnapshotFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSnapshotRef(virDomainSnapshotPtr snapshot);

/* ---- Enumerations ---- */

/* Flags for virDomainSnapshotDelete(). */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN      = 1 << 0,  /* also delete all descendants */
    VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY = 1 << 1,  /* forget it, leave the data in place */
    VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY = 1 << 2,  /* delete the descendants only */
} virDomainSnapshotDeleteFlags;

/* Flags for virDomainSnapshotCreateXML(). */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE    = 1 << 0,  /* restore metadata of an existing snapshot */
    VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT     = 1 << 1,  /* with REDEFINE: make it the current one */
    VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA = 1 << 2,  /* take it but keep no metadata */
    VIR_DOMAIN_SNAPSHOT_CREATE_HALT        = 1 << 3,  /* stop the domain afterwards */
    VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY   = 1 << 4,  /* disks only, no memory state */
    VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT   = 1 << 5,  /* reuse existing external files */
    VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE     = 1 << 6,  /* freeze guest file systems (agent) */
    VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC      = 1 << 7,  /* all disks or none */
    VIR_DOMAIN_SNAPSHOT_CREATE_LIVE        = 1 << 8,  /* keep the guest running meanwhile */
    VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE    = 1 << 9,  /* reject XML that fails schema validation */
} virDomainSnapshotCreateFlags;

/*
 * Filters for the snapshot listing and counting calls.  Within each
 * group (leaves, metadata, state, location) setting none means no
 * filtering by it.
 */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS = 1 << 0,   /* children calls: all descendants */
    VIR_DOMAIN_SNAPSHOT_LIST_ROOTS       = 1 << 0,   /* domain calls: roots only (same bit) */
    VIR_DOMAIN_SNAPSHOT_LIST_METADATA    = 1 << 1,   /* those with metadata */
    VIR_DOMAIN_SNAPSHOT_LIST_LEAVES      = 1 << 2,   /* those without children */
    VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES   = 1 << 3,   /* those with children */
    VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA = 1 << 4,   /* those without metadata */
    VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE    = 1 << 5,   /* taken while shut off */
    VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE      = 1 << 6,   /* taken while running, with memory */
    VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY   = 1 << 7,   /* taken while running, disks only */
    VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL    = 1 << 8,   /* stored inside the disk images */
    VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL    = 1 << 9,   /* stored in separate files */
    VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL = 1 << 10,  /* parents before children */
} virDomainSnapshotListFlags;

/* Flags for virDomainRevertToSnapshot(). */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING     = 1 << 0,  /* run afterwards, whatever was saved */
    VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED      = 1 << 1,  /* pause afterwards, whatever was saved */
    VIR_DOMAIN_SNAPSHOT_REVERT_FORCE       = 1 << 2,  /* allow risky reverts */
    VIR_DOMAIN_SNAPSHOT_REVERT_RESET_NVRAM = 1 << 3,  /* discard the firmware NVRAM */
} virDomainSnapshotRevertFlags;

/* Flags for virDomainSnapshotGetXMLDesc(). */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_XML_SECURE = VIR_DOMAIN_XML_SECURE,  /* include secrets such as passwords */
} virDomainSnapshotXMLFlags;

#endif /* LIBVIRT_DOMAIN_SNAPSHOT_H */
