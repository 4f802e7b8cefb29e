/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-domain-checkpoint.h: domain checkpoints
 *
 * Points in time from which incremental backups of a
 * domain's disks are taken.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_DOMAIN_CHECKPOINT_H
#define LIBVIRT_DOMAIN_CHECKPOINT_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-domain-checkpoint.h>"
#endif

/**
 * virDomainCheckpoint:
 *
 * Opaque handle for a checkpoint: a point in time from which the disks
 * of a domain track changed blocks, so that later backups can be
 * incremental.  Checkpoints form a tree per domain.  Release each handle
 * with virDomainCheckpointFree().
 */
typedef struct _virDomainCheckpoint virDomainCheckpoint;

/* The handle type used by every checkpoint API. */
typedef virDomainCheckpoint *virDomainCheckpointPtr;

/* ---- Checkpoint calls ---- */

/**
 * virDomainCheckpointCreateXML:
 * @domain: the domain
 * @xmlDesc: <domaincheckpoint> XML document
 * @flags: bitwise OR of virDomainCheckpointCreateFlags
 *
 * Starts a new checkpoint on the domain's disks, or with
 * VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE re-creates the metadata of one
 * that already exists.
 *
 * Returns the checkpoint (release with virDomainCheckpointFree()), or
 * NULL on error.
 */
virDomainCheckpointPtr virDomainCheckpointCreateXML(virDomainPtr domain,
                                                    const char *xmlDesc,
                                                    unsigned int flags);

/**
 * virDomainCheckpointDelete:
 * @checkpoint: the checkpoint
 * @flags: bitwise OR of virDomainCheckpointDeleteFlags
 *
 * Deletes the checkpoint, merging its change tracking into its parent;
 * flags extend this to descendants or limit it to the metadata.
 * @checkpoint must still be freed.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainCheckpointDelete(virDomainCheckpointPtr checkpoint,
                              unsigned int flags);

/**
 * virDomainCheckpointFree:
 * @checkpoint: the handle to release
 *
 * Drops a reference to the handle; the checkpoint itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainCheckpointFree(virDomainCheckpointPtr checkpoint);

/**
 * virDomainCheckpointGetConnect:
 * @checkpoint: the checkpoint
 *
 * Returns the connection of the checkpoint's domain, without an extra
 * reference (do not close it), or NULL on error.
 */
virConnectPtr virDomainCheckpointGetConnect(virDomainCheckpointPtr checkpoint);

/**
 * virDomainCheckpointGetDomain:
 * @checkpoint: the checkpoint
 *
 * Returns the domain the checkpoint belongs to, without an extra
 * reference (do not free it), or NULL on error.
 */
virDomainPtr virDomainCheckpointGetDomain(virDomainCheckpointPtr checkpoint);

/**
 * virDomainCheckpointGetName:
 * @checkpoint: the checkpoint
 *
 * Returns the checkpoint's name, owned by @checkpoint (do not free it),
 * or NULL on error.
 */
const char *virDomainCheckpointGetName(virDomainCheckpointPtr checkpoint);

/**
 * virDomainCheckpointGetParent:
 * @checkpoint: the checkpoint
 * @flags: currently unused, pass 0
 *
 * Returns the parent checkpoint (release with virDomainCheckpointFree()),
 * or NULL with VIR_ERR_NO_DOMAIN_CHECKPOINT if @checkpoint is a root.
 */
virDomainCheckpointPtr virDomainCheckpointGetParent(virDomainCheckpointPtr checkpoint,
                                                    unsigned int flags);

/**
 * virDomainCheckpointGetXMLDesc:
 * @checkpoint: the checkpoint
 * @flags: bitwise OR of virDomainCheckpointXMLFlags
 *
 * Describes the checkpoint, by default including the domain definition
 * it recorded.
 *
 * Returns the XML document (caller frees with free()), or NULL on error.
 */
char *virDomainCheckpointGetXMLDesc(virDomainCheckpointPtr checkpoint,
                                    unsigned int flags);

/**
 * virDomainCheckpointListAllChildren:
 * @checkpoint: the checkpoint
 * @children: optional; receives an allocated array of checkpoints
 * @flags: bitwise OR of virDomainCheckpointListFlags
 *
 * Lists the checkpoint's children (or all descendants, with
 * VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS).  Free each element with
 * virDomainCheckpointFree() and the array with free().
 *
 * Returns the number of checkpoints, or -1 on error.
 */
int virDomainCheckpointListAllChildren(virDomainCheckpointPtr checkpoint,
                                       virDomainCheckpointPtr **children,
                                       unsigned int flags);

/**
 * virDomainCheckpointLookupByName:
 * @domain: the domain
 * @name: checkpoint name
 * @flags: currently unused, pass 0
 *
 * Returns the checkpoint (release with virDomainCheckpointFree()), or
 * NULL with VIR_ERR_NO_DOMAIN_CHECKPOINT if not found.
 */
virDomainCheckpointPtr virDomainCheckpointLookupByName(virDomainPtr domain,
                                                       const char *name,
                                                       unsigned int flags);

/**
 * virDomainCheckpointRef:
 * @checkpoint: the checkpoint
 *
 * Takes an extra reference, dropped later with virDomainCheckpointFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainCheckpointRef(virDomainCheckpointPtr checkpoint);

/**
 * virDomainListAllCheckpoints:
 * @domain: the domain
 * @checkpoints: optional; receives an allocated array of checkpoints
 * @flags: bitwise OR of virDomainCheckpointListFlags to filter
 *
 * Lists the domain's checkpoints.  Free each element with
 * virDomainCheckpointFree() and the array with free().  Pass NULL
 * @checkpoints to only count.
 *
 * Returns the number of checkpoints, or -1 on error.
 */
int virDomainListAllCheckpoints(virDomainPtr domain,
                                virDomainCheckpointPtr **checkpoints,
                                unsigned int flags);

/* ---- Enumerations ---- */

/* Flags for virDomainCheckpointCreateXML(). */
typedef enum {
    VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE          = 1 << 0,  /* restore metadata of an existing
                                                                 checkpoint */
    VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE           = 1 << 1,  /* freeze guest file systems
                                                                 (agent) */
    VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE = 1 << 2,  /* with REDEFINE: check the disks
                                                                 match */
} virDomainCheckpointCreateFlags;

/* Flags for virDomainCheckpointDelete(). */
typedef enum {
    VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN      = 1 << 0,  /* also delete all descendants */
    VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY = 1 << 1,  /* forget it, leave the disks alone */
    VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY = 1 << 2,  /* delete the descendants only */
} virDomainCheckpointDeleteFlags;

/* Filters and ordering for the checkpoint listing calls. */
typedef enum {
    VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS = 1 << 0,  /* children call: all descendants */
    VIR_DOMAIN_CHECKPOINT_LIST_ROOTS       = 1 << 0,  /* domain call: roots only (same bit) */
    VIR_DOMAIN_CHECKPOINT_LIST_TOPOLOGICAL = 1 << 1,  /* parents before children */
    VIR_DOMAIN_CHECKPOINT_LIST_LEAVES      = 1 << 2,  /* those without children */
    VIR_DOMAIN_CHECKPOINT_LIST_NO_LEAVES   = 1 << 3,  /* those with children */
} virDomainCheckpointListFlags;

/* Flags for virDomainCheckpointGetXMLDesc(). */
typedef enum {
    VIR_DOMAIN_CHECKPOINT_XML_SECURE    = 1 << 0,  /* include secrets such as passwords */
    VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN = 1 << 1,  /* leave out the recorded domain XML */
    VIR_DOMAIN_CHECKPOINT_XML_SIZE      = 1 << 2,  /* add the size of changes since (running
                                                      domain) */
} virDomainCheckpointXMLFlags;

#endif /* LIBVIRT_DOMAIN_CHECKPOINT_H */
