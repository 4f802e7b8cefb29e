/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-host.h: connections and the host they manage
 *
 * Opening and closing connections, authentication callbacks, node
 * (host) information, CPU model helpers and connection-wide queries.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_HOST_H
#define LIBVIRT_HOST_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-host.h>"
#endif

/* Typed parameter names accepted by virConnectSetIdentity(). */
#define VIR_CONNECT_IDENTITY_GROUP_NAME              "group-name"
#define VIR_CONNECT_IDENTITY_PROCESS_ID              "process-id"
#define VIR_CONNECT_IDENTITY_PROCESS_TIME            "process-time"
#define VIR_CONNECT_IDENTITY_SASL_USER_NAME          "sasl-user-name"
#define VIR_CONNECT_IDENTITY_SELINUX_CONTEXT         "selinux-context"
#define VIR_CONNECT_IDENTITY_UNIX_GROUP_ID           "unix-group-id"
#define VIR_CONNECT_IDENTITY_UNIX_USER_ID            "unix-user-id"
#define VIR_CONNECT_IDENTITY_USER_NAME               "user-name"
#define VIR_CONNECT_IDENTITY_X509_DISTINGUISHED_NAME "x509-distinguished-name"

/*
 * VIR_NODEINFO_MAXCPUS:
 * @nodeinfo: a virNodeInfo (not a pointer)
 *
 * Number of CPU slots described by the topology in @nodeinfo, which can
 * exceed the number of CPUs actually online.
 */
#define VIR_NODEINFO_MAXCPUS(nodeinfo) \
    ((nodeinfo).nodes * (nodeinfo).sockets * (nodeinfo).cores * (nodeinfo).threads)

/* virNodeCPUStats field size and names; values are in nanoseconds. */
#define VIR_NODE_CPU_STATS_FIELD_LENGTH              80
#define VIR_NODE_CPU_STATS_IDLE                      "idle"
#define VIR_NODE_CPU_STATS_INTR                      "intr"
#define VIR_NODE_CPU_STATS_IOWAIT                    "iowait"
#define VIR_NODE_CPU_STATS_KERNEL                    "kernel"
#define VIR_NODE_CPU_STATS_USER                      "user"
#define VIR_NODE_CPU_STATS_UTILIZATION               "utilization"

/*
 * Parameters of the kernel's same-page merging (KSM), read and written
 * with virNodeGetMemoryParameters() / virNodeSetMemoryParameters().
 */
#define VIR_NODE_MEMORY_SHARED_FULL_SCANS            "shm_full_scans"
#define VIR_NODE_MEMORY_SHARED_MERGE_ACROSS_NODES    "shm_merge_across_nodes"
#define VIR_NODE_MEMORY_SHARED_PAGES_SHARED          "shm_pages_shared"
#define VIR_NODE_MEMORY_SHARED_PAGES_SHARING         "shm_pages_sharing"
#define VIR_NODE_MEMORY_SHARED_PAGES_TO_SCAN         "shm_pages_to_scan"
#define VIR_NODE_MEMORY_SHARED_PAGES_UNSHARED        "shm_pages_unshared"
#define VIR_NODE_MEMORY_SHARED_PAGES_VOLATILE        "shm_pages_volatile"
#define VIR_NODE_MEMORY_SHARED_SLEEP_MILLISECS       "shm_sleep_millisecs"

/* virNodeMemoryStats field size and names; values are in KiB. */
#define VIR_NODE_MEMORY_STATS_BUFFERS                "buffers"
#define VIR_NODE_MEMORY_STATS_CACHED                 "cached"
#define VIR_NODE_MEMORY_STATS_FIELD_LENGTH           80
#define VIR_NODE_MEMORY_STATS_FREE                   "free"
#define VIR_NODE_MEMORY_STATS_TOTAL                  "total"

/* Typed parameter names returned by virNodeGetSEVInfo() (AMD SEV). */
#define VIR_NODE_SEV_CBITPOS                         "cbitpos"
#define VIR_NODE_SEV_CERT_CHAIN                      "cert-chain"
#define VIR_NODE_SEV_CPU0_ID                         "cpu0-id"
#define VIR_NODE_SEV_MAX_ES_GUESTS                   "max-es-guests"
#define VIR_NODE_SEV_MAX_GUESTS                      "max-guests"
#define VIR_NODE_SEV_PDH                             "pdh"
#define VIR_NODE_SEV_REDUCED_PHYS_BITS               "reduced-phys-bits"

/* Buffer sizes of virSecurityLabel and virSecurityModel, NUL included. */
#define VIR_SECURITY_DOI_BUFLEN                      (256 + 1)
#define VIR_SECURITY_LABEL_BUFLEN                    (4096 + 1)
#define VIR_SECURITY_MODEL_BUFLEN                    (256 + 1)

/*
 * Sizes of a UUID in raw form (16 bytes) and as a string with dashes
 * plus the terminating NUL; use them for the *GetUUID* buffers.
 */
#define VIR_UUID_BUFLEN                              (16)
#define VIR_UUID_STRING_BUFLEN                       (36+1)

/* ---- Connections ---- */

/**
 * virConnect:
 *
 * Opaque handle for a connection to a hypervisor driver, obtained with
 * virConnectOpen() and friends and released with virConnectClose().
 * Every other object (domain, network, ...) belongs to one connection.
 */
typedef struct _virConnect virConnect;

/**
 * virStream:
 *
 * Opaque handle for a data stream; see libvirt-stream.h.
 */
typedef struct _virStream virStream;

/* The handle type used by every API that takes a connection. */
typedef virConnect *virConnectPtr;

/**
 * virConnectClose:
 * @conn: the connection
 *
 * Drops one reference to @conn; when the last one goes the connection is
 * shut down and its memory freed.  Objects obtained through @conn each
 * keep a reference of their own.
 *
 * Returns the number of references left (0 if the connection was
 * closed), or -1 on error.
 */
int virConnectClose(virConnectPtr conn);

/**
 * virConnectGetType:
 * @conn: the connection
 *
 * Names the driver behind @conn, such as "QEMU" or "Test".
 *
 * Returns a static string (do not free it), or NULL on error.
 */
const char *virConnectGetType(virConnectPtr conn);

/**
 * virConnectGetVersion:
 * @conn: the connection
 * @hvVer: where to store the hypervisor version
 *
 * Gets the version of the hypervisor behind @conn, encoded as
 * major * 1,000,000 + minor * 1,000 + micro.  Some drivers report 0 when
 * they cannot tell.
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectGetVersion(virConnectPtr conn, unsigned long *hvVer);

/**
 * virConnectOpen:
 * @name: URI of the driver to use, e.g. "qemu:///system", or NULL
 *
 * Opens a read-write connection.  With NULL the URI comes from the
 * LIBVIRT_DEFAULT_URI environment variable, then from the client
 * configuration, and finally from asking each driver.  No interactive
 * authentication is possible; see virConnectOpenAuth().
 *
 * Returns a connection (release with virConnectClose()), or NULL on error.
 */
virConnectPtr virConnectOpen(const char *name);

/**
 * virConnectOpenReadOnly:
 * @name: URI of the driver to use, or NULL for the default
 *
 * Like virConnectOpen(), but only monitoring calls are allowed on the
 * result; others fail with VIR_ERR_OPERATION_DENIED.  Servers are often
 * configured to grant such connections with less authentication.
 *
 * Returns a connection (release with virConnectClose()), or NULL on error.
 */
virConnectPtr virConnectOpenReadOnly(const char *name);

/**
 * virGetVersion:
 * @libVer: where to store the library version
 * @type: ignored, kept for compatibility; may be NULL
 * @typeVer: optional; receives the same number as @libVer
 *
 * Reports the API level of the library as major * 1,000,000 +
 * minor * 1,000 + micro.  No connection is needed.
 *
 * Returns 0 on success, -1 on error (for example a NULL @libVer).
 */
int virGetVersion(unsigned long *libVer,
                  const char *type,
                  unsigned long *typeVer);

/**
 * virInitialize:
 *
 * Sets up the library's global state.  Opening a connection does this
 * automatically and in a thread-safe way; call it yourself only when the
 * first call is something else, such as virEventRegisterImpl() or
 * virSetErrorFunc().
 *
 * Returns 0 on success, -1 on error.
 */
int virInitialize(void);

/* ---- Host and driver information ---- */

/**
 * virNodeInfo:
 *
 * Basic facts about the host, filled in by virNodeGetInfo().  The
 * topology fields may not describe the machine exactly (for example on
 * asymmetric NUMA systems); the capabilities XML is the reliable source.
 */
typedef struct _virNodeInfo virNodeInfo;

struct _virNodeInfo {
    char model[32];        /* CPU architecture, e.g. "x86_64" */
    unsigned long memory;  /* memory size in KiB */
    unsigned int cpus;     /* number of active CPUs */
    unsigned int mhz;      /* nominal CPU clock in MHz, 0 if unknown */
    unsigned int nodes;    /* NUMA cells, 1 for uniform memory */
    unsigned int sockets;  /* CPU sockets per NUMA cell */
    unsigned int cores;    /* cores per socket */
    unsigned int threads;  /* threads per core */
};

/* Pointer to a virNodeInfo. */
typedef virNodeInfo *virNodeInfoPtr;

/**
 * virNodeGetInfo:
 * @conn: the connection
 * @info: caller-allocated structure to fill
 *
 * Fills @info with the host's CPU model, memory and CPU topology.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeGetInfo(virConnectPtr conn, virNodeInfoPtr info);

/**
 * virConnectGetCapabilities:
 * @conn: the connection
 *
 * Describes the host and the guest types the driver can run, as a
 * <capabilities> XML document.
 *
 * Returns the XML (caller frees with free()), or NULL on error.
 */
char *virConnectGetCapabilities(virConnectPtr conn);

/**
 * virConnectGetMaxVcpus:
 * @conn: the connection
 * @type: virtualization type as in <domain type='...'>, or NULL
 *
 * Gives the driver's upper bound on virtual CPUs per guest.  The emulator
 * may allow fewer; domain capabilities give the usable figure.
 *
 * Returns the maximum, or -1 on error.
 */
int virConnectGetMaxVcpus(virConnectPtr conn, const char *type);

/**
 * virConnectGetHostname:
 * @conn: the connection
 *
 * Gives the name of the host the driver runs on (for remote connections,
 * the server, not the client).
 *
 * Returns the host name (caller frees with free()), or NULL on error.
 */
char *virConnectGetHostname(virConnectPtr conn);

/**
 * virConnectGetURI:
 * @conn: the connection
 *
 * Gives the URI the connection really uses, which helps when it was
 * opened with NULL or an alias.
 *
 * Returns the URI (caller frees with free()), or NULL on error.
 */
char *virConnectGetURI(virConnectPtr conn);

/**
 * virNodeGetCellsFreeMemory:
 * @conn: the connection
 * @freeMems: caller-allocated array of at least @maxCells entries
 * @startCell: first NUMA cell to report
 * @maxCells: maximum number of cells to report
 *
 * Fills @freeMems with the free memory, in bytes, of consecutive NUMA
 * cells starting at @startCell.
 *
 * Returns the number of entries filled, or -1 on error.
 */
int virNodeGetCellsFreeMemory(virConnectPtr conn,
                              unsigned long long *freeMems,
                              int startCell,
                              int maxCells);

/**
 * virNodeGetFreeMemory:
 * @conn: the connection
 *
 * Gives the host's free memory in bytes (bearing in mind that the
 * hypervisor may reserve part of it).
 *
 * Returns the amount, or 0 on error.
 */
unsigned long long virNodeGetFreeMemory(virConnectPtr conn);

/* ---- Authentication ---- */

/**
 * virConnectCredential:
 *
 * One piece of information the library needs while opening a connection.
 * An authentication callback receives an array of these and fills in
 * @result for each one.
 */
typedef struct _virConnectCredential virConnectCredential;

struct _virConnectCredential {
    int type;                /* a virConnectCredentialType */
    const char *prompt;      /* text to show the user */
    const char *challenge;   /* extra context, e.g. a host name; may be NULL */
    const char *defresult;   /* suggested answer, may be NULL */
    char *result;            /* malloc()ed answer; the library frees it */
    unsigned int resultlen;  /* length of @result in bytes */
};

/* Pointer to a virConnectCredential, usually the first of an array. */
typedef virConnectCredential *virConnectCredentialPtr;

/**
 * virConnectAuthCallbackPtr:
 * @cred: array of credentials to collect
 * @ncred: number of entries in @cred
 * @cbdata: the @cbdata member of the virConnectAuth in use
 *
 * Application function that obtains credentials, for example by
 * prompting the user, and stores each answer in @cred[i].result.
 *
 * Returns 0 if every credential was filled in, -1 to refuse or cancel.
 */
typedef int (*virConnectAuthCallbackPtr)(virConnectCredentialPtr cred,
                                         unsigned int ncred,
                                         void *cbdata);

/**
 * virConnectAuth:
 *
 * Tells virConnectOpenAuth() which credential types the application can
 * supply and which function to call for them.
 */
typedef struct _virConnectAuth virConnectAuth;

struct _virConnectAuth {
    int *credtype;                 /* array of virConnectCredentialType values */
    unsigned int ncredtype;        /* number of entries in @credtype */
    virConnectAuthCallbackPtr cb;  /* function that collects the credentials */
    void *cbdata;                  /* passed unchanged to @cb */
};

/* Pointer to a virConnectAuth. */
typedef virConnectAuth *virConnectAuthPtr;

/**
 * virConnectOpenAuth:
 * @name: URI of the driver to use, or NULL for the default
 * @auth: credential types and callback, or NULL for no interaction
 * @flags: bitwise OR of virConnectFlags
 *
 * Opens a connection, calling back into the application when the server
 * asks for credentials.  Pass virConnectAuthPtrDefault for terminal
 * prompts; VIR_CONNECT_RO makes the connection read-only.
 *
 * Returns a connection (release with virConnectClose()), or NULL on error.
 */
virConnectPtr virConnectOpenAuth(const char *name,
                                 virConnectAuthPtr auth,
                                 unsigned int flags);

/**
 * virConnectRef:
 * @conn: the connection
 *
 * Takes an extra reference on @conn, for example when handing it to
 * another thread.  Each reference is dropped with virConnectClose().
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectRef(virConnectPtr conn);

/* ---- Security models ---- */

/**
 * virSecurityLabel:
 *
 * A security label (e.g. an SELinux context) applied to a domain.
 */
typedef struct _virSecurityLabel virSecurityLabel;

struct _virSecurityLabel {
    char label[VIR_SECURITY_LABEL_BUFLEN];  /* the label text; empty when none */
    int enforcing;                          /* 1 if enforced, 0 if permissive */
};

/* Pointer to a virSecurityLabel. */
typedef virSecurityLabel *virSecurityLabelPtr;

/**
 * virSecurityModel:
 *
 * The security driver protecting guests on a host, as returned by
 * virNodeGetSecurityModel().  Both strings are empty when there is none.
 */
typedef struct _virSecurityModel virSecurityModel;

struct _virSecurityModel {
    char model[VIR_SECURITY_MODEL_BUFLEN];  /* driver name, e.g. "selinux" */
    char doi[VIR_SECURITY_DOI_BUFLEN];      /* domain of interpretation of its labels */
};

/* Pointer to a virSecurityModel. */
typedef virSecurityModel *virSecurityModelPtr;

/**
 * virNodeGetSecurityModel:
 * @conn: the connection
 * @secmodel: caller-allocated structure to fill
 *
 * Reports which security driver confines the host's guests.
 *
 * Returns 0 on success (empty strings if there is none), -1 on error.
 */
int virNodeGetSecurityModel(virConnectPtr conn, virSecurityModelPtr secmodel);

/* The handle type used by every stream API. */
typedef virStream *virStreamPtr;

/* ---- Later additions, in the order they appeared ---- */

/**
 * virConnectGetLibVersion:
 * @conn: the connection
 * @libVer: where to store the version
 *
 * Gets the version of the library serving @conn: for remote connections
 * that is the daemon's, not the client's.  Same encoding as
 * virGetVersion().
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectGetLibVersion(virConnectPtr conn, unsigned long *libVer);

/**
 * virConnectIsEncrypted:
 * @conn: the connection
 *
 * Tells whether the transport encrypts traffic (TLS, SSH, SASL).
 *
 * Returns 1 if encrypted, 0 if not, -1 on error.
 */
int virConnectIsEncrypted(virConnectPtr conn);

/**
 * virConnectIsSecure:
 * @conn: the connection
 *
 * Tells whether traffic is safe from eavesdropping and tampering, which
 * holds for encrypted transports and for local sockets.
 *
 * Returns 1 if secure, 0 if not, -1 on error.
 */
int virConnectIsSecure(virConnectPtr conn);

/**
 * virConnectCompareCPU:
 * @conn: the connection
 * @xmlDesc: XML containing a <cpu> description
 * @flags: bitwise OR of virConnectCompareCPUFlags
 *
 * Checks a CPU description against the host's own CPU, ignoring what the
 * hypervisor can actually offer; virConnectCompareHypervisorCPU() is
 * usually the better question.
 *
 * Returns a virCPUCompareResult; VIR_CPU_COMPARE_ERROR (-1) on error, and
 * also on incompatibility when VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE
 * is set.
 */
int virConnectCompareCPU(virConnectPtr conn,
                         const char *xmlDesc,
                         unsigned int flags);

/**
 * virConnectBaselineCPU:
 * @conn: the connection
 * @xmlCPUs: array of host CPU descriptions (XML)
 * @ncpus: number of entries in @xmlCPUs
 * @flags: bitwise OR of virConnectBaselineCPUFlags
 *
 * Computes the richest CPU model that every listed host can run, for
 * guests that must migrate between them.  Prefer
 * virConnectBaselineHypervisorCPU().
 *
 * Returns a <cpu> XML document (caller frees with free()), or NULL on
 * error.
 */
char *virConnectBaselineCPU(virConnectPtr conn,
                            const char **xmlCPUs,
                            unsigned int ncpus,
                            unsigned int flags);

/**
 * virConnectGetSysinfo:
 * @conn: the connection
 * @flags: currently unused, pass 0
 *
 * Describes the host's firmware and hardware (SMBIOS data) as a <sysinfo>
 * XML document.
 *
 * Returns the XML (caller frees with free()), or NULL on error.
 */
char *virConnectGetSysinfo(virConnectPtr conn, unsigned int flags);

/**
 * virNodeCPUStats:
 *
 * One CPU time counter returned by virNodeGetCPUStats().
 */
typedef struct _virNodeCPUStats virNodeCPUStats;

struct _virNodeCPUStats {
    char field[VIR_NODE_CPU_STATS_FIELD_LENGTH];  /* a VIR_NODE_CPU_STATS_* name */
    unsigned long long value;                     /* nanoseconds (percent for
                                                     "utilization") */
};

/* Pointer to a virNodeCPUStats, usually the first of an array. */
typedef virNodeCPUStats *virNodeCPUStatsPtr;

/**
 * virNodeGetCPUStats:
 * @conn: the connection
 * @cpuNum: CPU number, or VIR_NODE_CPU_STATS_ALL_CPUS for the total
 * @params: caller-allocated array to fill, or NULL
 * @nparams: in: size of @params; out: entries filled
 * @flags: currently unused, pass 0
 *
 * Reads the host's cumulative CPU time counters.  Call first with @params
 * NULL and *@nparams 0 to learn how many entries to allocate.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeGetCPUStats(virConnectPtr conn,
                       int cpuNum,
                       virNodeCPUStatsPtr params,
                       int *nparams,
                       unsigned int flags);

/**
 * virNodeMemoryStats:
 *
 * One memory counter returned by virNodeGetMemoryStats().
 */
typedef struct _virNodeMemoryStats virNodeMemoryStats;

struct _virNodeMemoryStats {
    char field[VIR_NODE_MEMORY_STATS_FIELD_LENGTH];  /* a VIR_NODE_MEMORY_STATS_* name */
    unsigned long long value;                        /* amount in KiB */
};

/* Pointer to a virNodeMemoryStats, usually the first of an array. */
typedef virNodeMemoryStats *virNodeMemoryStatsPtr;

/**
 * virNodeGetMemoryStats:
 * @conn: the connection
 * @cellNum: NUMA cell, or VIR_NODE_MEMORY_STATS_ALL_CELLS for the host
 * @params: caller-allocated array to fill, or NULL
 * @nparams: in: size of @params; out: entries filled
 * @flags: currently unused, pass 0
 *
 * Reads memory usage of the host or of one NUMA cell.  Call first with
 * @params NULL and *@nparams 0 to learn how many entries to allocate.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeGetMemoryStats(virConnectPtr conn,
                          int cellNum,
                          virNodeMemoryStatsPtr params,
                          int *nparams,
                          unsigned int flags);

/**
 * virConnectIsAlive:
 * @conn: the connection
 *
 * Tells whether the connection still works: a remote one may have been
 * dropped or timed out on keepalives; local ones are always alive.
 *
 * Returns 1 if alive, 0 if dead, -1 on error.
 */
int virConnectIsAlive(virConnectPtr conn);

/**
 * virConnectSetKeepAlive:
 * @conn: the connection
 * @interval: seconds of silence before a keepalive is sent; <= 0 disables
 * @count: unanswered keepalives after which the connection is closed
 *
 * Turns on keepalive probing of a remote peer.  Needs a running event
 * loop (see virEventRegisterDefaultImpl()).
 *
 * Returns 0 on success, 1 if the peer does not support keepalives, -1 on
 * error.
 */
int virConnectSetKeepAlive(virConnectPtr conn,
                           int interval,
                           unsigned int count);

/**
 * virNodeSuspendForDuration:
 * @conn: the connection
 * @target: a virNodeSuspendTarget
 * @duration: seconds before the host wakes up again
 * @flags: currently unused, pass 0
 *
 * Suspends the whole host, with a wake-up alarm set for @duration seconds.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeSuspendForDuration(virConnectPtr conn,
                              unsigned int target,
                              unsigned long long duration,
                              unsigned int flags);

/**
 * virConnectCloseFunc:
 * @conn: the connection that was closed
 * @reason: a virConnectCloseReason
 * @opaque: user data given at registration
 *
 * Called from the event loop when a connection closes for any reason.
 */
typedef void (*virConnectCloseFunc)(virConnectPtr conn,
                                    int reason,
                                    void *opaque);

/**
 * virConnectRegisterCloseCallback:
 * @conn: the connection
 * @cb: function to call when the connection closes
 * @opaque: user data for @cb
 * @freecb: optional function that releases @opaque when unregistered
 *
 * Registers the connection's single close callback, so applications
 * learn about dropped remote connections.  Needs a running event loop.
 *
 * Returns 0 on success, -1 on error (e.g. one is already registered).
 */
int virConnectRegisterCloseCallback(virConnectPtr conn,
                                    virConnectCloseFunc cb,
                                    void *opaque,
                                    virFreeCallback freecb);

/**
 * virConnectUnregisterCloseCallback:
 * @conn: the connection
 * @cb: the function that was registered
 *
 * Removes the close callback; its free function, if any, is then called.
 *
 * Returns 0 on success, -1 on error (e.g. @cb is not the registered one).
 */
int virConnectUnregisterCloseCallback(virConnectPtr conn,
                                      virConnectCloseFunc cb);

/**
 * virNodeGetMemoryParameters:
 * @conn: the connection
 * @params: caller-allocated array to fill, or NULL
 * @nparams: in: size of @params; out: entries filled
 * @flags: bitwise OR of virTypedParameterFlags
 *
 * Reads the host's memory tuning (VIR_NODE_MEMORY_SHARED_* values).  Call
 * first with *@nparams 0 to learn how many entries to allocate.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeGetMemoryParameters(virConnectPtr conn,
                               virTypedParameterPtr params,
                               int *nparams,
                               unsigned int flags);

/**
 * virNodeSetMemoryParameters:
 * @conn: the connection
 * @params: settings to change
 * @nparams: number of entries in @params
 * @flags: currently unused, pass 0
 *
 * Changes the host's memory tuning; names not listed keep their value.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeSetMemoryParameters(virConnectPtr conn,
                               virTypedParameterPtr params,
                               int nparams,
                               unsigned int flags);

/**
 * virNodeGetCPUMap:
 * @conn: the connection
 * @cpumap: optional; receives a bitmap with one bit set per online CPU
 * @online: optional; receives the number of online CPUs
 * @flags: currently unused, pass 0
 *
 * Reports which host CPUs are online.  *@cpumap is allocated by the
 * library; free it with free().
 *
 * Returns the number of CPUs present, or -1 on error.
 */
int virNodeGetCPUMap(virConnectPtr conn,
                     unsigned char **cpumap,
                     unsigned int *online,
                     unsigned int flags);

/**
 * virConnectGetCPUModelNames:
 * @conn: the connection
 * @arch: architecture, e.g. "x86_64"
 * @models: optional; receives a NULL-terminated array of model names
 * @flags: currently unused, pass 0
 *
 * Lists the CPU model names known for @arch.  The caller frees each
 * string and then the array with free().
 *
 * Returns the number of models, or -1 on error.
 */
int virConnectGetCPUModelNames(virConnectPtr conn,
                               const char *arch,
                               char ***models,
                               unsigned int flags);

/**
 * virNodeGetFreePages:
 * @conn: the connection
 * @npages: number of entries in @pages
 * @pages: page sizes to ask about, in KiB
 * @startCell: first NUMA cell to report
 * @cellCount: number of consecutive cells to report
 * @counts: caller-allocated array of @npages * @cellCount entries
 * @flags: currently unused, pass 0
 *
 * Counts free pages of each size on each cell.  Results are grouped by
 * cell: @counts[i * @npages + j] is cell @startCell + i, size @pages[j].
 *
 * Returns the number of entries filled, or -1 on error.
 */
int virNodeGetFreePages(virConnectPtr conn,
                        unsigned int npages,
                        unsigned int *pages,
                        int startCell,
                        unsigned int cellCount,
                        unsigned long long *counts,
                        unsigned int flags);

/**
 * virNodeAllocPages:
 * @conn: the connection
 * @npages: number of entries in @pageSizes and @pageCounts
 * @pageSizes: page sizes in KiB
 * @pageCounts: number of pages of each size
 * @startCell: first NUMA cell, or -1 to spread over all cells
 * @cellCount: number of consecutive cells
 * @flags: bitwise OR of virNodeAllocPagesFlags
 *
 * Reserves huge pages in the host's pools, typically before starting a
 * guest backed by them.  By default the pools grow by the given counts;
 * VIR_NODE_ALLOC_PAGES_SET sets their size instead.
 *
 * Returns the number of cells adjusted, or -1 on error.
 */
int virNodeAllocPages(virConnectPtr conn,
                      unsigned int npages,
                      unsigned int *pageSizes,
                      unsigned long long *pageCounts,
                      int startCell,
                      unsigned int cellCount,
                      unsigned int flags);

/**
 * virConnectBaselineHypervisorCPU:
 * @conn: the connection
 * @emulator: emulator binary path, or NULL for the default
 * @arch: guest architecture, or NULL for the default
 * @machine: machine type, or NULL for the default
 * @virttype: virtualization type, e.g. "kvm", or NULL for the default
 * @xmlCPUs: array of CPU descriptions (XML)
 * @ncpus: number of entries in @xmlCPUs
 * @flags: bitwise OR of virConnectBaselineCPUFlags
 *
 * Computes a guest CPU that every listed host can provide through this
 * hypervisor configuration.
 *
 * Returns a <cpu> XML document (caller frees with free()), or NULL on
 * error.
 */
char *virConnectBaselineHypervisorCPU(virConnectPtr conn,
                                      const char *emulator,
                                      const char *arch,
                                      const char *machine,
                                      const char *virttype,
                                      const char **xmlCPUs,
                                      unsigned int ncpus,
                                      unsigned int flags);

/**
 * virConnectCompareHypervisorCPU:
 * @conn: the connection
 * @emulator: emulator binary path, or NULL for the default
 * @arch: guest architecture, or NULL for the default
 * @machine: machine type, or NULL for the default
 * @virttype: virtualization type, e.g. "kvm", or NULL for the default
 * @xmlCPU: XML containing a <cpu> description
 * @flags: bitwise OR of virConnectCompareCPUFlags
 *
 * Checks whether the hypervisor, as configured, can give a guest the
 * described CPU on this host.
 *
 * Returns a virCPUCompareResult; VIR_CPU_COMPARE_ERROR (-1) on error, and
 * also on incompatibility when VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE
 * is set.
 */
int virConnectCompareHypervisorCPU(virConnectPtr conn,
                                   const char *emulator,
                                   const char *arch,
                                   const char *machine,
                                   const char *virttype,
                                   const char *xmlCPU,
                                   unsigned int flags);

/**
 * virNodeGetSEVInfo:
 * @conn: the connection
 * @params: receives an array allocated by the library
 * @nparams: receives the number of entries in *@params
 * @flags: currently unused, pass 0
 *
 * Reports the host's AMD SEV platform data (VIR_NODE_SEV_* names).
 *
 * Returns 0 on success (free *@params with virTypedParamsFree()), -1 on
 * error, including when SEV is not available.
 */
int virNodeGetSEVInfo(virConnectPtr conn,
                      virTypedParameterPtr *params,
                      int *nparams,
                      unsigned int flags);

/**
 * virConnectSetIdentity:
 * @conn: the connection
 * @params: identity fields, VIR_CONNECT_IDENTITY_* names
 * @nparams: number of entries in @params
 * @flags: currently unused, pass 0
 *
 * Lets a trusted client that acts for other users replace the identity
 * the server uses for access control checks on this connection.
 *
 * Returns 0 if the server accepted the identity, -1 on error.
 */
int virConnectSetIdentity(virConnectPtr conn,
                          virTypedParameterPtr params,
                          int nparams,
                          unsigned int flags);

/*
 * virConnectAuthPtrDefault:
 *
 * Ready-made virConnectAuth for command-line programs: it asks for the
 * credentials on the terminal.
 */
VIR_EXPORT_VAR virConnectAuthPtr virConnectAuthPtrDefault;

/* ---- Enumerations ---- */

/* Kinds of credential an authentication callback may be asked for. */
typedef enum {
    VIR_CRED_USERNAME     = 1,  /* identity to log in as */
    VIR_CRED_AUTHNAME     = 2,  /* identity to act on behalf of */
    VIR_CRED_LANGUAGE     = 3,  /* preferred languages (RFC 1766) */
    VIR_CRED_CNONCE       = 4,  /* client nonce */
    VIR_CRED_PASSPHRASE   = 5,  /* password, not echoed */
    VIR_CRED_ECHOPROMPT   = 6,  /* answer to a challenge, shown while typed */
    VIR_CRED_NOECHOPROMPT = 7,  /* answer to a challenge, hidden while typed */
    VIR_CRED_REALM        = 8,  /* authentication realm */
    VIR_CRED_EXTERNAL     = 9,  /* credential managed outside the library */

# ifdef VIR_ENUM_SENTINELS
    VIR_CRED_LAST
# endif
} virConnectCredentialType;

/* Flags for virConnectOpenAuth(). */
typedef enum {
    VIR_CONNECT_RO         = 1 << 0,  /* open read-only */
    VIR_CONNECT_NO_ALIASES = 1 << 1,  /* do not expand URI aliases from the config */
} virConnectFlags;

/* Outcome of comparing a CPU description with what a host offers. */
typedef enum {
    VIR_CPU_COMPARE_ERROR        = -1,  /* the comparison failed */
    VIR_CPU_COMPARE_INCOMPATIBLE = 0,   /* the host cannot run such a CPU */
    VIR_CPU_COMPARE_IDENTICAL    = 1,   /* exactly what the host offers */
    VIR_CPU_COMPARE_SUPERSET     = 2,   /* the host offers more; guests can run */

# ifdef VIR_ENUM_SENTINELS
    VIR_CPU_COMPARE_LAST
# endif
} virCPUCompareResult;

/* Value of virNodeGetCPUStats()'s @cpuNum that asks for host-wide totals. */
typedef enum {
    VIR_NODE_CPU_STATS_ALL_CPUS = -1,
} virNodeGetCPUStatsAllCPUs;

/* Value of virNodeGetMemoryStats()'s @cellNum that asks for all cells. */
typedef enum {
    VIR_NODE_MEMORY_STATS_ALL_CELLS = -1,
} virNodeGetMemoryStatsAllCells;

/* Sleep states for virNodeSuspendForDuration(). */
typedef enum {
    VIR_NODE_SUSPEND_TARGET_MEM    = 0,  /* suspend to RAM */
    VIR_NODE_SUSPEND_TARGET_DISK   = 1,  /* suspend to disk (hibernate) */
    VIR_NODE_SUSPEND_TARGET_HYBRID = 2,  /* save to disk, then sleep in RAM */

# ifdef VIR_ENUM_SENTINELS
    VIR_NODE_SUSPEND_TARGET_LAST
# endif
} virNodeSuspendTarget;

/* Flags for virConnectBaselineCPU() and virConnectBaselineHypervisorCPU(). */
typedef enum {
    VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES = 1 << 0,  /* also list the model's own features */
    VIR_CONNECT_BASELINE_CPU_MIGRATABLE      = 1 << 1,  /* drop features that block migration */
} virConnectBaselineCPUFlags;

/* Flags for virConnectCompareCPU() and virConnectCompareHypervisorCPU(). */
typedef enum {
    VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE = 1 << 0,  /* report incompatibility as an error */
    VIR_CONNECT_COMPARE_CPU_VALIDATE_XML      = 1 << 1,  /* reject XML that fails schema
                                                            validation */
} virConnectCompareCPUFlags;

/* Flags for virNodeAllocPages(). */
typedef enum {
    VIR_NODE_ALLOC_PAGES_ADD = 0,       /* grow each pool by the count */
    VIR_NODE_ALLOC_PAGES_SET = 1 << 0,  /* make each pool exactly the count */
} virNodeAllocPagesFlags;

#endif /* LIBVIRT_HOST_H */
