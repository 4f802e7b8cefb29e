/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virterror.h: the error model
 *
 * Every failing call leaves a virError in thread-local storage: its
 * code, the subsystem (domain) that raised it, a message and a level.
 * The numbers are part of the ABI and never change.
 *
 * Source-compatible with libvirt 9.0's API; may be included on its own.
 */

#ifndef LIBVIRT_VIRTERROR_H
#define LIBVIRT_VIRTERROR_H

#include <libvirt/libvirt.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How serious a reported error is. */
typedef enum {
    VIR_ERR_NONE    = 0,  /* no error */
    VIR_ERR_WARNING = 1,  /* the call went on; worth logging */
    VIR_ERR_ERROR   = 2,  /* the call failed */
} virErrorLevel;

/* ---- The error object ---- */

/**
 * virError:
 *
 * Details of one failure.  The library keeps the last one per thread;
 * read it with virGetLastError() or copy it with virCopyLastError() /
 * virSaveLastError().  All strings belong to the error object and go
 * away with virResetError() or virFreeError().
 *
 * The deprecated @conn, @dom and @net members hold no reference: the
 * objects may already be gone when the error is looked at.
 */
typedef struct _virError virError;

struct _virError {
    int code;                           /* a virErrorNumber */
    int domain;                         /* a virErrorDomain: the subsystem that failed */
    char *message;                      /* text for humans, may be NULL */
    virErrorLevel level;                /* a virErrorLevel */
    virConnectPtr conn VIR_DEPRECATED;  /* deprecated, unreferenced */
    virDomainPtr dom VIR_DEPRECATED;    /* deprecated, unreferenced */
    char *str1;                         /* extra detail; meaning depends on @code */
    char *str2;                         /* extra detail */
    char *str3;                         /* extra detail */
    int int1;                           /* extra number; -1 when unused */
    int int2;                           /* extra number; -1 when unused */
    virNetworkPtr net VIR_DEPRECATED;   /* deprecated, unreferenced */
};

/* Pointer to a virError. */
typedef virError *virErrorPtr;

/* ---- Per-connection errors (legacy; not thread-safe) ---- */

/**
 * virConnCopyLastError:
 * @conn: the connection
 * @to: caller-provided error object to fill
 *
 * Copies the last error recorded on @conn into @to.  Kept for old
 * programs: errors are also recorded per thread, so prefer
 * virCopyLastError().  Release the copied strings with virResetError(@to).
 *
 * Returns the error code copied, 0 if there was no error, or -1 if an
 * argument is invalid.
 */
int virConnCopyLastError(virConnectPtr conn, virErrorPtr to);

/**
 * virConnGetLastError:
 * @conn: the connection
 *
 * Gives the last error recorded on @conn.  Kept for old programs; use
 * virGetLastError() in threaded code.
 *
 * Returns a pointer owned by @conn (do not free it), or NULL if none.
 */
virErrorPtr virConnGetLastError(virConnectPtr conn);

/**
 * virConnResetLastError:
 * @conn: the connection
 *
 * Clears the error recorded on @conn.  Kept for old programs.
 */
void virConnResetLastError(virConnectPtr conn);

/**
 * virErrorFunc:
 * @userData: the pointer given when the handler was installed
 * @error: the error just reported; valid only during the call
 *
 * Signature of an error handler: it is called each time the library
 * reports an error, in the thread where the error happened, in addition
 * to the error being stored for virGetLastError().
 */
typedef void (*virErrorFunc)(void *userData, virErrorPtr error);

/**
 * virConnSetErrorFunc:
 * @conn: the connection
 * @userData: pointer passed back to @handler
 * @handler: function called for errors on @conn, or NULL to remove it
 *
 * Installs an error handler that only sees errors raised through @conn.
 * Kept for old programs; prefer virSetErrorFunc().
 */
void virConnSetErrorFunc(virConnectPtr conn,
                         void *userData,
                         virErrorFunc handler);

/* ---- Per-thread errors ---- */

/**
 * virCopyLastError:
 * @to: caller-provided error object to fill
 *
 * Copies the calling thread's last error into @to.  The copy survives
 * later API calls; release its strings with virResetError(@to).
 *
 * Returns the error code copied (0 if there was none), or -1 if @to is
 * NULL.
 */
int virCopyLastError(virErrorPtr to);

/**
 * virDefaultErrorFunc:
 * @err: the error to print, may be NULL
 *
 * The handler used when none is installed: writes a one-line description
 * of @err to standard error.  Custom handlers may call it to keep that
 * output.
 */
void virDefaultErrorFunc(virErrorPtr err);

/**
 * virGetLastError:
 *
 * Gives the last error raised in the calling thread.  The object belongs
 * to the library and is overwritten or cleared by the next API call made
 * from this thread, so copy what you need first.
 *
 * Returns the error, or NULL if the last call succeeded.
 */
virErrorPtr virGetLastError(void);

/**
 * virResetError:
 * @err: an error object, may be NULL
 *
 * Frees the strings inside @err and zeroes it, without freeing @err
 * itself.  Use it on objects filled by virCopyLastError().
 */
void virResetError(virErrorPtr err);

/**
 * virResetLastError:
 *
 * Clears the calling thread's last error.  Public API calls already do
 * this on entry; it matters only when the error is inspected out of band.
 */
void virResetLastError(void);

/**
 * virSetErrorFunc:
 * @userData: pointer passed back to @handler
 * @handler: function called for every error, or NULL for the default
 *
 * Installs a process-wide error handler.  With NULL the library goes back
 * to virDefaultErrorFunc(), which prints to standard error; install a
 * handler that does nothing to keep the library quiet.
 */
void virSetErrorFunc(void *userData, virErrorFunc handler);

/**
 * virFreeError:
 * @err: an error from virSaveLastError(), may be NULL
 *
 * Releases an error object and the strings it holds.
 */
void virFreeError(virErrorPtr err);

/**
 * virSaveLastError:
 *
 * Makes a heap copy of the calling thread's last error, typically to keep
 * it across clean-up calls that would otherwise replace it.
 *
 * Returns the copy (caller frees with virFreeError()), or NULL if memory
 * runs out.  With no pending error, the copy has code VIR_ERR_OK.
 */
virErrorPtr virSaveLastError(void);

/**
 * virGetLastErrorMessage:
 *
 * Convenience for printing: the text of the calling thread's last error.
 *
 * Returns a string owned by the library, valid until the next API call in
 * this thread; never NULL (a fixed text stands in when there is no error).
 */
const char *virGetLastErrorMessage(void);

/**
 * virGetLastErrorCode:
 *
 * Returns the virErrorNumber of the calling thread's last error, or
 * VIR_ERR_OK (0) if there is none.
 */
int virGetLastErrorCode(void);

/**
 * virGetLastErrorDomain:
 *
 * Returns the virErrorDomain of the calling thread's last error, or
 * VIR_FROM_NONE (0) if there is none.
 */
int virGetLastErrorDomain(void);

/* ---- Error numbers ---- */

/*
 * Which subsystem or driver raised an error (virError.domain).  Values
 * are fixed forever; several name drivers that no longer exist and are
 * kept only so that old numbers keep their meaning.
 */
typedef enum {
    VIR_FROM_NONE              = 0,   /* not attributed */
    VIR_FROM_XEN               = 1,   /* Xen hypervisor calls (historic) */
    VIR_FROM_XEND              = 2,   /* the xend daemon (historic) */
    VIR_FROM_XENSTORE          = 3,   /* the Xen store (historic) */
    VIR_FROM_SEXPR             = 4,   /* Xen S-expression parser (historic) */
    VIR_FROM_XML               = 5,   /* XML parsing and formatting */
    VIR_FROM_DOM               = 6,   /* operations on a domain object */
    VIR_FROM_RPC               = 7,   /* the RPC layer, client or server */
    VIR_FROM_PROXY             = 8,   /* the Xen proxy (historic) */
    VIR_FROM_CONF              = 9,   /* configuration files */
    VIR_FROM_QEMU              = 10,  /* the QEMU/KVM driver */
    VIR_FROM_NET               = 11,  /* operations on a network object */
    VIR_FROM_TEST              = 12,  /* the test driver (test:///) */
    VIR_FROM_REMOTE            = 13,  /* the remote (client) driver */
    VIR_FROM_OPENVZ            = 14,  /* the OpenVZ driver */
    VIR_FROM_XENXM             = 15,  /* Xen xm configuration (historic) */
    VIR_FROM_STATS_LINUX       = 16,  /* Linux statistics helpers */
    VIR_FROM_LXC               = 17,  /* the LXC container driver */
    VIR_FROM_STORAGE           = 18,  /* the storage driver */
    VIR_FROM_NETWORK           = 19,  /* the virtual network driver */
    VIR_FROM_DOMAIN            = 20,  /* domain XML configuration */
    VIR_FROM_UML               = 21,  /* the User Mode Linux driver (removed) */
    VIR_FROM_NODEDEV           = 22,  /* the node device driver */
    VIR_FROM_XEN_INOTIFY       = 23,  /* Xen inotify watcher (historic) */
    VIR_FROM_SECURITY          = 24,  /* security drivers (SELinux, AppArmor, DAC) */
    VIR_FROM_VBOX              = 25,  /* the VirtualBox driver */
    VIR_FROM_INTERFACE         = 26,  /* the host interface driver */
    VIR_FROM_ONE               = 27,  /* the OpenNebula driver (removed) */
    VIR_FROM_ESX               = 28,  /* the VMware ESX driver */
    VIR_FROM_PHYP              = 29,  /* the IBM PowerVM driver (removed) */
    VIR_FROM_SECRET            = 30,  /* the secret driver */
    VIR_FROM_CPU               = 31,  /* CPU model handling */
    VIR_FROM_XENAPI            = 32,  /* the XenAPI driver (removed) */
    VIR_FROM_NWFILTER          = 33,  /* the network filter driver */
    VIR_FROM_HOOK              = 34,  /* hook scripts */
    VIR_FROM_DOMAIN_SNAPSHOT   = 35,  /* domain snapshots */
    VIR_FROM_AUDIT             = 36,  /* audit logging */
    VIR_FROM_SYSINFO           = 37,  /* host SMBIOS / sysinfo */
    VIR_FROM_STREAMS           = 38,  /* data streams */
    VIR_FROM_VMWARE            = 39,  /* the VMware Workstation/Player driver */
    VIR_FROM_EVENT             = 40,  /* the event loop */
    VIR_FROM_LIBXL             = 41,  /* the libxl (Xen) driver */
    VIR_FROM_LOCKING           = 42,  /* disk lock managers */
    VIR_FROM_HYPERV            = 43,  /* the Microsoft Hyper-V driver */
    VIR_FROM_CAPABILITIES      = 44,  /* capabilities documents */
    VIR_FROM_URI               = 45,  /* connection URI parsing */
    VIR_FROM_AUTH              = 46,  /* authentication */
    VIR_FROM_DBUS              = 47,  /* D-Bus calls */
    VIR_FROM_PARALLELS         = 48,  /* the Virtuozzo driver (once Parallels) */
    VIR_FROM_DEVICE            = 49,  /* host device helpers (PCI, USB, SCSI) */
    VIR_FROM_SSH               = 50,  /* the libssh2 transport */
    VIR_FROM_LOCKSPACE         = 51,  /* lockspaces of the lock daemon */
    VIR_FROM_INITCTL           = 52,  /* talking to a guest's init (LXC) */
    VIR_FROM_IDENTITY          = 53,  /* client identity handling */
    VIR_FROM_CGROUP            = 54,  /* control groups */
    VIR_FROM_ACCESS            = 55,  /* access control checks */
    VIR_FROM_SYSTEMD           = 56,  /* calls to systemd */
    VIR_FROM_BHYVE             = 57,  /* the FreeBSD bhyve driver */
    VIR_FROM_CRYPTO            = 58,  /* encryption helpers */
    VIR_FROM_FIREWALL          = 59,  /* firewall rule handling */
    VIR_FROM_POLKIT            = 60,  /* polkit authorization */
    VIR_FROM_THREAD            = 61,  /* thread helpers */
    VIR_FROM_ADMIN             = 62,  /* the administration interface */
    VIR_FROM_LOGGING           = 63,  /* the log daemon and log files */
    VIR_FROM_XENXL             = 64,  /* Xen xl configuration conversion */
    VIR_FROM_PERF              = 65,  /* perf event counters */
    VIR_FROM_LIBSSH            = 66,  /* the libssh transport */
    VIR_FROM_RESCTRL           = 67,  /* cache and memory bandwidth allocation */
    VIR_FROM_FIREWALLD         = 68,  /* the firewalld service */
    VIR_FROM_DOMAIN_CHECKPOINT = 69,  /* domain checkpoints */
    VIR_FROM_TPM               = 70,  /* emulated TPM devices */
    VIR_FROM_BPF               = 71,  /* eBPF programs (device control) */
    VIR_FROM_CH                = 72,  /* the Cloud Hypervisor driver */

# ifdef VIR_ENUM_SENTINELS
    VIR_ERR_DOMAIN_LAST
# endif
} virErrorDomain;

/*
 * What went wrong (virError.code).  Values are fixed forever and new
 * ones are only appended.  VIR_WAR_* values are warnings about a missing
 * optional driver, not failures.
 */
typedef enum {
    VIR_ERR_OK                        = 0,    /* no error */
    VIR_ERR_INTERNAL_ERROR            = 1,    /* unexpected condition inside
                                                 the library */
    VIR_ERR_NO_MEMORY                 = 2,    /* out of memory */
    VIR_ERR_NO_SUPPORT                = 3,    /* the driver does not
                                                 implement this call */
    VIR_ERR_UNKNOWN_HOST              = 4,    /* host name lookup failed */
    VIR_ERR_NO_CONNECT                = 5,    /* no driver accepted the connection URI */
    VIR_ERR_INVALID_CONN              = 6,    /* bad or already closed virConnectPtr */
    VIR_ERR_INVALID_DOMAIN            = 7,    /* bad or already freed virDomainPtr */
    VIR_ERR_INVALID_ARG               = 8,    /* an argument or flag is not acceptable */
    VIR_ERR_OPERATION_FAILED          = 9,    /* the hypervisor refused or
                                                 failed a command */
    VIR_ERR_GET_FAILED                = 10,   /* an HTTP GET failed (historic) */
    VIR_ERR_POST_FAILED               = 11,   /* an HTTP POST failed (historic) */
    VIR_ERR_HTTP_ERROR                = 12,   /* unexpected HTTP status (historic) */
    VIR_ERR_SEXPR_SERIAL              = 13,   /* S-expression output failed (historic) */
    VIR_ERR_NO_XEN                    = 14,   /* Xen control interface
                                                 unavailable (historic) */
    VIR_ERR_XEN_CALL                  = 15,   /* a Xen hypercall failed (historic) */
    VIR_ERR_OS_TYPE                   = 16,   /* unsupported guest OS type */
    VIR_ERR_NO_KERNEL                 = 17,   /* no kernel given for the guest */
    VIR_ERR_NO_ROOT                   = 18,   /* no root device given */
    VIR_ERR_NO_SOURCE                 = 19,   /* a device lacks its source */
    VIR_ERR_NO_TARGET                 = 20,   /* a device lacks its target */
    VIR_ERR_NO_NAME                   = 21,   /* the definition has no name */
    VIR_ERR_NO_OS                     = 22,   /* the definition has no OS section */
    VIR_ERR_NO_DEVICE                 = 23,   /* the definition has no devices */
    VIR_ERR_NO_XENSTORE               = 24,   /* Xen store unavailable (historic) */
    VIR_ERR_DRIVER_FULL               = 25,   /* the driver table is full */
    VIR_ERR_CALL_FAILED               = 26,   /* no driver handled the call
                                                 (deprecated) */
    VIR_ERR_XML_ERROR                 = 27,   /* malformed or invalid XML document */
    VIR_ERR_DOM_EXIST                 = 28,   /* a domain with that name or UUID exists */
    VIR_ERR_OPERATION_DENIED          = 29,   /* not allowed, e.g. on a
                                                 read-only connection */
    VIR_ERR_OPEN_FAILED               = 30,   /* a configuration file could
                                                 not be opened */
    VIR_ERR_READ_FAILED               = 31,   /* a configuration file could not be read */
    VIR_ERR_PARSE_FAILED              = 32,   /* a configuration file could
                                                 not be parsed */
    VIR_ERR_CONF_SYNTAX               = 33,   /* syntax error in a configuration file */
    VIR_ERR_WRITE_FAILED              = 34,   /* a configuration file could
                                                 not be written */
    VIR_ERR_XML_DETAIL                = 35,   /* XML error with position details */
    VIR_ERR_INVALID_NETWORK           = 36,   /* bad or already freed virNetworkPtr */
    VIR_ERR_NETWORK_EXIST             = 37,   /* a network with that name or
                                                 UUID exists */
    VIR_ERR_SYSTEM_ERROR              = 38,   /* a system call failed (errno
                                                 in the message) */
    VIR_ERR_RPC                       = 39,   /* RPC protocol failure */
    VIR_ERR_GNUTLS_ERROR              = 40,   /* TLS failure */
    VIR_WAR_NO_NETWORK                = 41,   /* warning: no network driver */
    VIR_ERR_NO_DOMAIN                 = 42,   /* no such domain */
    VIR_ERR_NO_NETWORK                = 43,   /* no such network */
    VIR_ERR_INVALID_MAC               = 44,   /* malformed MAC address */
    VIR_ERR_AUTH_FAILED               = 45,   /* authentication failed */
    VIR_ERR_INVALID_STORAGE_POOL      = 46,   /* bad or already freed virStoragePoolPtr */
    VIR_ERR_INVALID_STORAGE_VOL       = 47,   /* bad or already freed virStorageVolPtr */
    VIR_WAR_NO_STORAGE                = 48,   /* warning: no storage driver */
    VIR_ERR_NO_STORAGE_POOL           = 49,   /* no such storage pool */
    VIR_ERR_NO_STORAGE_VOL            = 50,   /* no such storage volume */
    VIR_WAR_NO_NODE                   = 51,   /* warning: no node device driver */
    VIR_ERR_INVALID_NODE_DEVICE       = 52,   /* bad or already freed virNodeDevicePtr */
    VIR_ERR_NO_NODE_DEVICE            = 53,   /* no such node device */
    VIR_ERR_NO_SECURITY_MODEL         = 54,   /* no security model is active */
    VIR_ERR_OPERATION_INVALID         = 55,   /* not possible in the object's
                                                 current state */
    VIR_WAR_NO_INTERFACE              = 56,   /* warning: no interface driver */
    VIR_ERR_NO_INTERFACE              = 57,   /* no such host interface */
    VIR_ERR_INVALID_INTERFACE         = 58,   /* bad or already freed virInterfacePtr */
    VIR_ERR_MULTIPLE_INTERFACES       = 59,   /* several interfaces match the
                                                 MAC address */
    VIR_WAR_NO_NWFILTER               = 60,   /* warning: no network filter driver */
    VIR_ERR_INVALID_NWFILTER          = 61,   /* bad or already freed virNWFilterPtr */
    VIR_ERR_NO_NWFILTER               = 62,   /* no such network filter */
    VIR_ERR_BUILD_FIREWALL            = 63,   /* firewall rules could not be applied */
    VIR_WAR_NO_SECRET                 = 64,   /* warning: no secret driver */
    VIR_ERR_INVALID_SECRET            = 65,   /* bad or already freed virSecretPtr */
    VIR_ERR_NO_SECRET                 = 66,   /* no such secret */
    VIR_ERR_CONFIG_UNSUPPORTED        = 67,   /* valid XML the driver cannot honour */
    VIR_ERR_OPERATION_TIMEOUT         = 68,   /* gave up waiting */
    VIR_ERR_MIGRATE_PERSIST_FAILED    = 69,   /* migrated, but defining it on
                                                 the destination failed */
    VIR_ERR_HOOK_SCRIPT_FAILED        = 70,   /* a hook script refused or failed */
    VIR_ERR_INVALID_DOMAIN_SNAPSHOT   = 71,   /* bad or already freed
                                                 virDomainSnapshotPtr */
    VIR_ERR_NO_DOMAIN_SNAPSHOT        = 72,   /* no such snapshot */
    VIR_ERR_INVALID_STREAM            = 73,   /* bad or already freed virStreamPtr */
    VIR_ERR_ARGUMENT_UNSUPPORTED      = 74,   /* valid argument this driver
                                                 does not support */
    VIR_ERR_STORAGE_PROBE_FAILED      = 75,   /* could not identify existing storage */
    VIR_ERR_STORAGE_POOL_BUILT        = 76,   /* the pool's storage already exists */
    VIR_ERR_SNAPSHOT_REVERT_RISKY     = 77,   /* revert needs VIR_DOMAIN_SNAP
                                                 SHOT_REVERT_FORCE */
    VIR_ERR_OPERATION_ABORTED         = 78,   /* cancelled while in progress */
    VIR_ERR_AUTH_CANCELLED            = 79,   /* the user cancelled authentication */
    VIR_ERR_NO_DOMAIN_METADATA        = 80,   /* the requested metadata is not set */
    VIR_ERR_MIGRATE_UNSAFE            = 81,   /* migration could corrupt guest data */
    VIR_ERR_OVERFLOW                  = 82,   /* a value does not fit its type */
    VIR_ERR_BLOCK_COPY_ACTIVE         = 83,   /* a block copy job is running
                                                 on the disk */
    VIR_ERR_OPERATION_UNSUPPORTED     = 84,   /* not possible with this driver or host */
    VIR_ERR_SSH                       = 85,   /* libssh2 transport failure */
    VIR_ERR_AGENT_UNRESPONSIVE        = 86,   /* the guest agent did not answer */
    VIR_ERR_RESOURCE_BUSY             = 87,   /* the resource is in use */
    VIR_ERR_ACCESS_DENIED             = 88,   /* access control refused the call */
    VIR_ERR_DBUS_SERVICE              = 89,   /* a D-Bus service returned an error */
    VIR_ERR_STORAGE_VOL_EXIST         = 90,   /* a volume with that name exists */
    VIR_ERR_CPU_INCOMPATIBLE          = 91,   /* host CPU cannot run the requested CPU */
    VIR_ERR_XML_INVALID_SCHEMA        = 92,   /* XML does not validate
                                                 against the schema */
    VIR_ERR_MIGRATE_FINISH_OK         = 93,   /* internal: finish step
                                                 succeeded, no domain */
    VIR_ERR_AUTH_UNAVAILABLE          = 94,   /* no usable authentication method */
    VIR_ERR_NO_SERVER                 = 95,   /* no such server (admin API) */
    VIR_ERR_NO_CLIENT                 = 96,   /* no such client (admin API) */
    VIR_ERR_AGENT_UNSYNCED            = 97,   /* the guest agent lost synchronisation */
    VIR_ERR_LIBSSH                    = 98,   /* libssh transport failure */
    VIR_ERR_DEVICE_MISSING            = 99,   /* the device is not in the domain */
    VIR_ERR_INVALID_NWFILTER_BINDING  = 100,  /* bad or already freed
                                                 virNWFilterBindingPtr */
    VIR_ERR_NO_NWFILTER_BINDING       = 101,  /* no such filter binding */
    VIR_ERR_INVALID_DOMAIN_CHECKPOINT = 102,  /* bad or already freed
                                                 virDomainCheckpointPtr */
    VIR_ERR_NO_DOMAIN_CHECKPOINT      = 103,  /* no such checkpoint */
    VIR_ERR_NO_DOMAIN_BACKUP          = 104,  /* no backup job is running */
    VIR_ERR_INVALID_NETWORK_PORT      = 105,  /* bad or already freed virNetworkPortPtr */
    VIR_ERR_NETWORK_PORT_EXIST        = 106,  /* a port with that UUID exists */
    VIR_ERR_NO_NETWORK_PORT           = 107,  /* no such network port */
    VIR_ERR_NO_HOSTNAME               = 108,  /* the guest hostname is not available */
    VIR_ERR_CHECKPOINT_INCONSISTENT   = 109,  /* checkpoint metadata does not
                                                 match the disks */
    VIR_ERR_MULTIPLE_DOMAINS          = 110,  /* several domains match the request */

# ifdef VIR_ENUM_SENTINELS
    VIR_ERR_NUMBER_LAST
# endif
} virErrorNumber;

#ifdef __cplusplus
}
#endif

#endif /* LIBVIRT_VIRTERROR_H */
