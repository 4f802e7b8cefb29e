/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virerror.c: the thread-local last error, its message templates, and the
 * public error API (virGetLastError() and friends)
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>

#include "virerror.h"
#include "datatypes.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/* Per error code: the message without detail, and with a detail (%s). */
typedef struct {
    const char *bare;
    const char *withInfo;
} virErrorTemplate;

static const virErrorTemplate virErrorTemplates[] = {
    [VIR_ERR_OK] = { NULL, NULL },
    [VIR_ERR_INTERNAL_ERROR] = { N_("internal error"), N_("internal error: %s") },
    [VIR_ERR_NO_MEMORY] = { N_("out of memory"), N_("out of memory: %s") },
    [VIR_ERR_NO_SUPPORT] = { N_("this function is not supported by the connection driver"),
                             N_("this function is not supported by the connection driver: %s") },
    [VIR_ERR_UNKNOWN_HOST] = { N_("unknown host"), N_("unknown host %s") },
    [VIR_ERR_NO_CONNECT] = { N_("no connection driver available"),
                             N_("no connection driver available for %s") },
    [VIR_ERR_INVALID_CONN] = { N_("invalid connection pointer in"),
                               N_("invalid connection pointer in %s") },
    [VIR_ERR_INVALID_DOMAIN] = { N_("invalid domain pointer in"),
                                 N_("invalid domain pointer in %s") },
    [VIR_ERR_INVALID_ARG] = { N_("invalid argument"), N_("invalid argument: %s") },
    [VIR_ERR_OPERATION_FAILED] = { N_("operation failed"), N_("operation failed: %s") },
    [VIR_ERR_GET_FAILED] = { N_("GET operation failed"), N_("GET operation failed: %s") },
    [VIR_ERR_POST_FAILED] = { N_("POST operation failed"), N_("POST operation failed: %s") },
    [VIR_ERR_HTTP_ERROR] = { N_("got unknown HTTP error code"), N_("got unknown HTTP error code %s") },
    [VIR_ERR_SEXPR_SERIAL] = { N_("failed to serialize S-Expr"), N_("failed to serialize S-Expr: %s") },
    [VIR_ERR_NO_XEN] = { N_("could not use Xen hypervisor entry"),
                         N_("could not use Xen hypervisor entry %s") },
    [VIR_ERR_XEN_CALL] = { N_("failed Xen syscall"), N_("failed Xen syscall %s") },
    [VIR_ERR_OS_TYPE] = { N_("unknown OS type"), N_("unknown OS type %s") },
    [VIR_ERR_NO_KERNEL] = { N_("missing kernel information"), N_("missing kernel information: %s") },
    [VIR_ERR_NO_ROOT] = { N_("missing root device information"),
                          N_("missing root device information in %s") },
    [VIR_ERR_NO_SOURCE] = { N_("missing source information for device"),
                            N_("missing source information for device %s") },
    [VIR_ERR_NO_TARGET] = { N_("missing target information for device"),
                            N_("missing target information for device %s") },
    [VIR_ERR_NO_NAME] = { N_("missing name information"), N_("missing name information in %s") },
    [VIR_ERR_NO_OS] = { N_("missing operating system information"),
                        N_("missing operating system information for %s") },
    [VIR_ERR_NO_DEVICE] = { N_("missing devices information"),
                            N_("missing devices information for %s") },
    [VIR_ERR_NO_XENSTORE] = { N_("could not connect to Xen Store"),
                              N_("could not connect to Xen Store %s") },
    [VIR_ERR_DRIVER_FULL] = { N_("too many drivers registered"),
                              N_("too many drivers registered in %s") },
    [VIR_ERR_CALL_FAILED] = { N_("library call failed"), N_("library call failed: %s") },
    [VIR_ERR_XML_ERROR] = { N_("XML description is invalid or not well formed"),
                            N_("XML error: %s") },
    [VIR_ERR_DOM_EXIST] = { N_("this domain exists already"), N_("domain %s exists already") },
    [VIR_ERR_OPERATION_DENIED] = { N_("operation forbidden for read only access"),
                                   N_("operation forbidden: %s") },
    [VIR_ERR_OPEN_FAILED] = { N_("failed to open configuration file"),
                              N_("failed to open configuration file %s") },
    [VIR_ERR_READ_FAILED] = { N_("failed to read configuration file"),
                              N_("failed to read configuration file %s") },
    [VIR_ERR_PARSE_FAILED] = { N_("failed to parse configuration file"),
                               N_("failed to parse configuration file %s") },
    [VIR_ERR_CONF_SYNTAX] = { N_("configuration file syntax error"),
                              N_("configuration file syntax error: %s") },
    [VIR_ERR_WRITE_FAILED] = { N_("failed to write configuration file"),
                               N_("failed to write configuration file: %s") },
    [VIR_ERR_XML_DETAIL] = { N_("parser error"), "%s" },
    [VIR_ERR_INVALID_NETWORK] = { N_("invalid network pointer in"),
                                  N_("invalid network pointer in %s") },
    [VIR_ERR_NETWORK_EXIST] = { N_("this network exists already"), N_("network %s exists already") },
    [VIR_ERR_SYSTEM_ERROR] = { N_("system call error"), "%s" },
    [VIR_ERR_RPC] = { N_("RPC error"), N_("RPC error: %s") },
    [VIR_ERR_GNUTLS_ERROR] = { N_("GNUTLS call error"), N_("GNUTLS call error: %s") },
    [VIR_WAR_NO_NETWORK] = { N_("Failed to find the network"), N_("Failed to find the network: %s") },
    [VIR_ERR_NO_DOMAIN] = { N_("Domain not found"), N_("Domain not found: %s") },
    [VIR_ERR_NO_NETWORK] = { N_("Network not found"), N_("Network not found: %s") },
    [VIR_ERR_INVALID_MAC] = { N_("invalid MAC address"), N_("invalid MAC address: %s") },
    [VIR_ERR_AUTH_FAILED] = { N_("authentication failed"), N_("authentication failed: %s") },
    [VIR_ERR_INVALID_STORAGE_POOL] = { N_("invalid storage pool pointer in"),
                                       N_("invalid storage pool pointer in %s") },
    [VIR_ERR_INVALID_STORAGE_VOL] = { N_("invalid storage volume pointer in"),
                                      N_("invalid storage volume pointer in %s") },
    [VIR_WAR_NO_STORAGE] = { N_("Failed to find a storage driver"),
                             N_("Failed to find a storage driver: %s") },
    [VIR_ERR_NO_STORAGE_POOL] = { N_("Storage pool not found"), N_("Storage pool not found: %s") },
    [VIR_ERR_NO_STORAGE_VOL] = { N_("Storage volume not found"), N_("Storage volume not found: %s") },
    [VIR_WAR_NO_NODE] = { N_("Failed to find a node driver"), N_("Failed to find a node driver: %s") },
    [VIR_ERR_INVALID_NODE_DEVICE] = { N_("invalid node device pointer"),
                                      N_("invalid node device pointer in %s") },
    [VIR_ERR_NO_NODE_DEVICE] = { N_("Node device not found"), N_("Node device not found: %s") },
    [VIR_ERR_NO_SECURITY_MODEL] = { N_("Security model not found"),
                                    N_("Security model not found: %s") },
    [VIR_ERR_OPERATION_INVALID] = { N_("Requested operation is not valid"),
                                    N_("Requested operation is not valid: %s") },
    [VIR_WAR_NO_INTERFACE] = { N_("Failed to find the interface"),
                               N_("Failed to find the interface: %s") },
    [VIR_ERR_NO_INTERFACE] = { N_("Interface not found"), N_("Interface not found: %s") },
    [VIR_ERR_INVALID_INTERFACE] = { N_("invalid interface pointer in"),
                                    N_("invalid interface pointer in %s") },
    [VIR_ERR_MULTIPLE_INTERFACES] = { N_("multiple matching interfaces found"),
                                      N_("multiple matching interfaces found: %s") },
    [VIR_WAR_NO_NWFILTER] = { N_("Failed to start the nwfilter driver"),
                              N_("Failed to start the nwfilter driver: %s") },
    [VIR_ERR_INVALID_NWFILTER] = { N_("Invalid network filter"), N_("Invalid network filter: %s") },
    [VIR_ERR_NO_NWFILTER] = { N_("Network filter not found"), N_("Network filter not found: %s") },
    [VIR_ERR_BUILD_FIREWALL] = { N_("Error while building firewall"),
                                 N_("Error while building firewall: %s") },
    [VIR_WAR_NO_SECRET] = { N_("Failed to find a secret storage driver"),
                            N_("Failed to find a secret storage driver: %s") },
    [VIR_ERR_INVALID_SECRET] = { N_("Invalid secret"), N_("Invalid secret: %s") },
    [VIR_ERR_NO_SECRET] = { N_("Secret not found"), N_("Secret not found: %s") },
    [VIR_ERR_CONFIG_UNSUPPORTED] = { N_("unsupported configuration"),
                                     N_("unsupported configuration: %s") },
    [VIR_ERR_OPERATION_TIMEOUT] = { N_("Timed out during operation"),
                                    N_("Timed out during operation: %s") },
    [VIR_ERR_MIGRATE_PERSIST_FAILED] = { N_("Failed to make domain persistent after migration"),
                                         N_("Failed to make domain persistent after migration: %s") },
    [VIR_ERR_HOOK_SCRIPT_FAILED] = { N_("Hook script execution failed"),
                                     N_("Hook script execution failed: %s") },
    [VIR_ERR_INVALID_DOMAIN_SNAPSHOT] = { N_("Invalid domain snapshot"),
                                          N_("Invalid domain snapshot: %s") },
    [VIR_ERR_NO_DOMAIN_SNAPSHOT] = { N_("Domain snapshot not found"),
                                     N_("Domain snapshot not found: %s") },
    [VIR_ERR_INVALID_STREAM] = { N_("invalid stream pointer"), N_("invalid stream pointer in %s") },
    [VIR_ERR_ARGUMENT_UNSUPPORTED] = { N_("argument unsupported"), N_("argument unsupported: %s") },
    [VIR_ERR_STORAGE_PROBE_FAILED] = { N_("Storage pool probe failed"),
                                       N_("Storage pool probe failed: %s") },
    [VIR_ERR_STORAGE_POOL_BUILT] = { N_("Storage pool already built"),
                                     N_("Storage pool already built: %s") },
    [VIR_ERR_SNAPSHOT_REVERT_RISKY] = { N_("revert requires force"), N_("revert requires force: %s") },
    [VIR_ERR_OPERATION_ABORTED] = { N_("operation aborted"), N_("operation aborted: %s") },
    [VIR_ERR_AUTH_CANCELLED] = { N_("authentication cancelled"), N_("authentication cancelled: %s") },
    [VIR_ERR_NO_DOMAIN_METADATA] = { N_("metadata not found"), N_("metadata not found: %s") },
    [VIR_ERR_MIGRATE_UNSAFE] = { N_("Unsafe migration"), N_("Unsafe migration: %s") },
    [VIR_ERR_OVERFLOW] = { N_("numerical overflow"), N_("numerical overflow: %s") },
    [VIR_ERR_BLOCK_COPY_ACTIVE] = { N_("block copy still active"), N_("block copy still active: %s") },
    [VIR_ERR_OPERATION_UNSUPPORTED] = { N_("Operation not supported"),
                                        N_("Operation not supported: %s") },
    [VIR_ERR_SSH] = { N_("SSH transport error"), N_("SSH transport error: %s") },
    [VIR_ERR_AGENT_UNRESPONSIVE] = { N_("Guest agent is not responding"),
                                     N_("Guest agent is not responding: %s") },
    [VIR_ERR_RESOURCE_BUSY] = { N_("resource busy"), N_("resource busy: %s") },
    [VIR_ERR_ACCESS_DENIED] = { N_("access denied"), N_("access denied: %s") },
    [VIR_ERR_DBUS_SERVICE] = { N_("error from service"), N_("error from service: %s") },
    [VIR_ERR_STORAGE_VOL_EXIST] = { N_("this storage volume exists already"),
                                    N_("storage volume %s exists already") },
    [VIR_ERR_CPU_INCOMPATIBLE] = { N_("the CPU is incompatible with host CPU"),
                                   N_("the CPU is incompatible with host CPU: %s") },
    [VIR_ERR_XML_INVALID_SCHEMA] = { N_("XML document failed to validate against schema"),
                                     N_("XML document failed to validate against schema: %s") },
    [VIR_ERR_MIGRATE_FINISH_OK] = { N_("migration successfully aborted"),
                                    N_("migration successfully aborted: %s") },
    [VIR_ERR_AUTH_UNAVAILABLE] = { N_("authentication unavailable"),
                                   N_("authentication unavailable: %s") },
    [VIR_ERR_NO_SERVER] = { N_("Server not found"), N_("Server not found: %s") },
    [VIR_ERR_NO_CLIENT] = { N_("Client not found"), N_("Client not found: %s") },
    [VIR_ERR_AGENT_UNSYNCED] = { N_("guest agent replied with wrong id to guest-sync command"),
                                 N_("guest agent replied with wrong id to guest-sync command: %s") },
    [VIR_ERR_LIBSSH] = { N_("libssh transport error"), N_("libssh transport error: %s") },
    [VIR_ERR_DEVICE_MISSING] = { N_("device not found"), N_("device not found: %s") },
    [VIR_ERR_INVALID_NWFILTER_BINDING] = { N_("Invalid network filter binding"),
                                           N_("Invalid network filter binding: %s") },
    [VIR_ERR_NO_NWFILTER_BINDING] = { N_("Network filter binding not found"),
                                      N_("Network filter binding not found: %s") },
    [VIR_ERR_INVALID_DOMAIN_CHECKPOINT] = { N_("Invalid domain checkpoint"),
                                            N_("Invalid domain checkpoint: %s") },
    [VIR_ERR_NO_DOMAIN_CHECKPOINT] = { N_("Domain checkpoint not found"),
                                       N_("Domain checkpoint not found: %s") },
    [VIR_ERR_NO_DOMAIN_BACKUP] = { N_("Domain backup job id not found"),
                                   N_("Domain backup job id not found: %s") },
    [VIR_ERR_INVALID_NETWORK_PORT] = { N_("Invalid network port pointer"),
                                       N_("Invalid network port pointer: %s") },
    [VIR_ERR_NETWORK_PORT_EXIST] = { N_("this network port exists already"),
                                     N_("network port %s exists already") },
    [VIR_ERR_NO_NETWORK_PORT] = { N_("network port not found"), N_("network port not found: %s") },
    [VIR_ERR_NO_HOSTNAME] = { N_("no hostname found"), N_("no hostname found: %s") },
    [VIR_ERR_CHECKPOINT_INCONSISTENT] = { N_("checkpoint inconsistent"),
                                          N_("checkpoint inconsistent: %s") },
    [VIR_ERR_MULTIPLE_DOMAINS] = { N_("multiple matching domains found"),
                                   N_("multiple matching domains found: %s") },
};
G_STATIC_ASSERT(G_N_ELEMENTS(virErrorTemplates) == VIR_ERR_MULTIPLE_DOMAINS + 1);

/* Names of the error domains, as the default error callback prints them. */
static const char *const virErrorDomainNames[] = {
    "", "Xen Driver", "Xen Daemon", "Xen Store", "S-Expression", "XML Util", "Domain",
    "XML-RPC", "Proxy Daemon", "Config File", "QEMU Driver", "Network", "Test Driver",
    "Remote Driver", "OpenVZ Driver", "Xen XM Driver", "Linux Stats", "LXC Driver",
    "Storage Driver", "Network Driver", "Domain Config", "UML Driver", "Node Device Driver",
    "Xen Inotify Driver", "Security Driver", "VirtualBox Driver", "Interface Driver",
    "Open Nebula Driver", "ESX Driver", "Power Hypervisor Driver", "Secrets Driver",
    "CPU Driver", "XenAPI Driver", "Network Filter Driver", "Lifecycle Hook",
    "Domain Snapshot", "Audit Utils", "Sysinfo Utils", "I/O Stream Utils", "VMware Driver",
    "Event Loop", "Xen Light Driver", "Lock Driver", "Hyper-V Driver", "Capabilities Utils",
    "URI Utils", "Authentication Utils", "DBus Utils", "Parallels Cloud Server",
    "Device Config", "SSH transport layer", "Lockspace Utils", "Init control",
    "Identity Utils", "Cgroup Utils", "Access Manager", "Systemd Utils", "Bhyve Driver",
    "Crypto Utils", "Firewall Utils", "Polkit Utils", "Thread jobs", "Admin Interface",
    "Logging Utils", "Xen XL Config", "Perf Utils", "libssh transport layer",
    "Resource control", "FirewallD", "Domain Checkpoint", "TPM", "BPF",
    "Cloud-Hypervisor Driver",
};
G_STATIC_ASSERT(G_N_ELEMENTS(virErrorDomainNames) == VIR_FROM_CH + 1);

static virErrorFunc virGlobalErrorHandler;
static void *virGlobalErrorData;
static GMutex virGlobalErrorLock;

static void
virErrorFreeSlot(gpointer data)
{
    virErrorPtr err = data;

    virResetError(err);
    g_free(err);
}

static GPrivate virLastErrorKey = G_PRIVATE_INIT(virErrorFreeSlot);

/* The calling thread's error slot, created on first use. */
static virErrorPtr
virLastErrorSlot(void)
{
    virErrorPtr err = g_private_get(&virLastErrorKey);

    if (!err) {
        err = g_new0(virError, 1);
        g_private_set(&virLastErrorKey, err);
    }
    return err;
}

/**
 * virErrorDomainName:
 * @domain: a virErrorDomain value
 *
 * Returns the printable name of @domain, or "Unknown" when out of range.
 */
const char *
virErrorDomainName(int domain)
{
    if (domain < 0 || domain >= (int)G_N_ELEMENTS(virErrorDomainNames))
        return "Unknown";
    return virErrorDomainNames[domain];
}

/**
 * virErrorCodeTemplate:
 * @code: a virErrorNumber value
 * @withInfo: the form that takes a detail (one %s), or the bare form
 *
 * Returns the translated template; an unknown code gets the generic one.
 */
const char *
virErrorCodeTemplate(int code, bool withInfo)
{
    const char *tmpl = NULL;

    if (code > 0 && code < (int)G_N_ELEMENTS(virErrorTemplates))
        tmpl = withInfo ? virErrorTemplates[code].withInfo : virErrorTemplates[code].bare;
    if (!tmpl)
        tmpl = withInfo ? N_("unknown error: %s") : N_("An error occurred, but the cause is unknown");
    return _(tmpl);
}

/**
 * virRaiseErrorRaw:
 * @domain: virErrorDomain
 * @code: virErrorNumber
 * @level: virErrorLevel
 * @str1, @str2, @str3: extra strings stored in the error (copied)
 * @int1, @int2: extra numbers stored in the error
 * @message: the final message (copied)
 *
 * Replaces the thread's last error.  Never fails.
 */
void
virRaiseErrorRaw(int domain, int code, int level,
                 const char *str1, const char *str2, const char *str3,
                 int int1, int int2, const char *message)
{
    virErrorPtr err = virLastErrorSlot();

    virResetError(err);
    err->domain = domain;
    err->code = code;
    err->level = level;
    err->message = g_strdup(message);
    err->str1 = g_strdup(str1);
    err->str2 = g_strdup(str2);
    err->str3 = g_strdup(str3);
    err->int1 = int1;
    err->int2 = int2;
}

static void
virReportTemplated(int domain, int code, const char *info)
{
    const char *tmpl = virErrorCodeTemplate(code, info != NULL);
    g_autofree char *message = NULL;

    if (info) {
        G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        message = g_strdup_printf(tmpl, info);
#pragma GCC diagnostic pop
        G_GNUC_END_IGNORE_DEPRECATIONS
    } else {
        message = g_strdup(tmpl);
    }
    virRaiseErrorRaw(domain, code, VIR_ERR_ERROR, tmpl, info, NULL, -1, -1, message);
}

/**
 * virReportErrorFull:
 * @domain: virErrorDomain of the reporting code
 * @code: virErrorNumber
 * @file, @func, @line: where it was reported (for debug logs)
 * @fmt: printf-style detail, or NULL for the code's bare message
 *
 * Sets the thread's last error to the code's template completed with the
 * formatted detail.
 */
void
virReportErrorFull(int domain, int code,
                   const char *file, const char *func, size_t line,
                   const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    virReportErrorFullV(domain, code, file, func, line, fmt, ap);
    va_end(ap);
}

/**
 * virReportErrorFullV:
 * @domain, @code, @file, @func, @line, @fmt: as virReportErrorFull()
 * @ap: the format's arguments
 */
void
virReportErrorFullV(int domain, int code,
                    const char *file G_GNUC_UNUSED, const char *func G_GNUC_UNUSED,
                    size_t line G_GNUC_UNUSED, const char *fmt, va_list ap)
{
    g_autofree char *info = NULL;
    int save_errno = errno;

    if (fmt) {
        va_list copy;

        va_copy(copy, ap);
        info = g_strdup_vprintf(fmt, copy);
        va_end(copy);
    }
    virReportTemplated(domain, code, info);
    errno = save_errno;
}

/**
 * virReportSystemErrorFull:
 * @domain: virErrorDomain of the reporting code
 * @errnum: errno value describing the failure
 * @file, @func, @line: where it was reported
 * @fmt: printf-style description of what failed
 *
 * Reports VIR_ERR_SYSTEM_ERROR, "<description>: <strerror(errnum)>".
 */
void
virReportSystemErrorFull(int domain, int errnum,
                         const char *file, const char *func, size_t line,
                         const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    virReportSystemErrorFullV(domain, errnum, file, func, line, fmt, ap);
    va_end(ap);
}

/**
 * virReportSystemErrorFullV:
 * @domain, @errnum, @file, @func, @line, @fmt: as virReportSystemErrorFull()
 * @ap: the format's arguments
 */
void
virReportSystemErrorFullV(int domain, int errnum,
                          const char *file G_GNUC_UNUSED, const char *func G_GNUC_UNUSED,
                          size_t line G_GNUC_UNUSED, const char *fmt, va_list ap)
{
    g_autofree char *what = NULL;
    g_autofree char *message = NULL;
    int save_errno = errno;
    va_list copy;

    va_copy(copy, ap);
    what = g_strdup_vprintf(fmt, copy);
    va_end(copy);
    message = g_strdup_printf("%s: %s", what, g_strerror(errnum));
    virRaiseErrorRaw(domain, VIR_ERR_SYSTEM_ERROR, VIR_ERR_ERROR,
                     "%s", message, NULL, errnum, -1, message);
    errno = save_errno;
}

/**
 * virReportInvalidNonNullArg:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 * @argname: the argument that was NULL
 *
 * Reports VIR_ERR_INVALID_ARG "<arg> in <function> must not be NULL".
 */
void
virReportInvalidNonNullArg(int domain, const char *func, const char *argname)
{
    g_autofree char *message = g_strdup_printf(_("%1$s in %2$s must not be NULL"), argname, func);

    virRaiseErrorRaw(domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR,
                     func, argname, NULL, 0, 0, message);
}

/**
 * virReportInvalidArgDetail:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 * @fmt: printf-style reason, already naming the argument
 *
 * Reports VIR_ERR_INVALID_ARG with a message of its own, as the other
 * argument checks of the entry points do ("nparams in F must be ...").
 */
void
virReportInvalidArgDetail(int domain, const char *func, const char *fmt, ...)
{
    g_autofree char *message = NULL;
    va_list ap;

    va_start(ap, fmt);
    message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    virRaiseErrorRaw(domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR,
                     func, NULL, NULL, 0, 0, message);
}

static void
virReportArgMessage(int domain, const char *func, const char *argname, const char *message)
{
    virRaiseErrorRaw(domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR,
                     func, argname, NULL, 0, 0, message);
}

/**
 * virReportInvalidArgFull:
 * @domain: virErrorDomain of the entry point
 * @func: the function libvirt names in str1 (the entry point, or one of
 *        its helpers)
 * @argname: the argument at fault, kept in str2 ("flags", "ctl", ...)
 * @fmt: printf-style reason
 *
 * Reports VIR_ERR_INVALID_ARG with a message of its own, without the
 * "invalid argument:" prefix, as libvirt's entry points word theirs.
 */
void
virReportInvalidArgFull(int domain, const char *func, const char *argname,
                        const char *fmt, ...)
{
    g_autofree char *message = NULL;
    va_list ap;

    va_start(ap, fmt);
    message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    virReportArgMessage(domain, func, argname, message);
}

/**
 * virReportInvalidNullArg:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 * @argname: the argument that had to be NULL
 *
 * Reports VIR_ERR_INVALID_ARG "<arg> in <function> must be NULL".
 */
void
virReportInvalidNullArg(int domain, const char *func, const char *argname)
{
    g_autofree char *message = g_strdup_printf(_("%1$s in %2$s must be NULL"), argname, func);

    virReportArgMessage(domain, func, argname, message);
}

/**
 * virReportExclusiveFlags:
 * @domain: virErrorDomain of the entry point
 * @func: the function libvirt names in str1
 * @first, @second: names of the two flags given together
 *
 * Reports VIR_ERR_INVALID_ARG "Flags '<first>' and '<second>' are mutually
 * exclusive", str2 "ctl" as libvirt keeps it.
 */
void
virReportExclusiveFlags(int domain, const char *func, const char *first, const char *second)
{
    virReportInvalidArgFull(domain, func, "ctl",
                            _("Flags '%1$s' and '%2$s' are mutually exclusive"), first, second);
}

/**
 * virReportRequiredFlag:
 * @domain: virErrorDomain of the entry point
 * @func: the function libvirt names in str1
 * @required: the flag that is missing
 * @by: the flag given, which needs @required
 *
 * Reports VIR_ERR_INVALID_ARG "Flag '<required>' is required by flag
 * '<by>'", str2 "ctl".
 */
void
virReportRequiredFlag(int domain, const char *func, const char *required, const char *by)
{
    virReportInvalidArgFull(domain, func, "ctl",
                            _("Flag '%1$s' is required by flag '%2$s'"), required, by);
}

/**
 * virReportInvalidZeroArg:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 * @argname: the argument that was zero
 *
 * Reports VIR_ERR_INVALID_ARG "<arg> in <function> must not be zero".
 */
void
virReportInvalidZeroArg(int domain, const char *func, const char *argname)
{
    g_autofree char *message = g_strdup_printf(_("%1$s in %2$s must not be zero"), argname, func);

    virReportArgMessage(domain, func, argname, message);
}

/**
 * virReportInvalidNonPositiveArg:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 * @argname: the argument (or "*argument") that was zero or negative
 *
 * Reports VIR_ERR_INVALID_ARG "<arg> in <function> must be greater than zero".
 */
void
virReportInvalidNonPositiveArg(int domain, const char *func, const char *argname)
{
    g_autofree char *message = g_strdup_printf(_("%1$s in %2$s must be greater than zero"),
                                               argname, func);

    virReportArgMessage(domain, func, argname, message);
}

/**
 * virReportInvalidNegativeArg:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 * @argname: the argument that was negative
 *
 * Reports VIR_ERR_INVALID_ARG "<arg> in <function> must be zero or greater".
 */
void
virReportInvalidNegativeArg(int domain, const char *func, const char *argname)
{
    g_autofree char *message = g_strdup_printf(_("%1$s in %2$s must be zero or greater"),
                                               argname, func);

    virReportArgMessage(domain, func, argname, message);
}

/**
 * virReportEmptyArrayArg:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 * @argname: the array of domains that holds none
 *
 * Reports VIR_ERR_INVALID_ARG "invalid argument: <arg> array in <function>
 * must contain at least one domain", worded and templated as libvirt's.
 */
void
virReportEmptyArrayArg(int domain, const char *func, const char *argname)
{
    virReportErrorFull(domain, VIR_ERR_INVALID_ARG, __FILE__, __func__, __LINE__,
                       _("%1$s array in %2$s must contain at least one domain"), argname, func);
}

/**
 * virReportInvalidHandle:
 * @domain: virErrorDomain of the entry point
 * @code: VIR_ERR_INVALID_CONN, _DOMAIN, _NETWORK, ...
 * @func: the public function's name
 *
 * Reports "invalid <object> pointer in <function>".
 */
void
virReportInvalidHandle(int domain, int code, const char *func)
{
    virReportTemplated(domain, code, func);
}

/**
 * virReportReadOnlyDenied:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 *
 * Reports VIR_ERR_OPERATION_DENIED for a mutating call on a read-only
 * connection.
 */
void
virReportReadOnlyDenied(int domain, const char *func)
{
    g_autofree char *why = g_strdup_printf(_("read only access prevents %1$s"), func);

    virReportTemplated(domain, VIR_ERR_OPERATION_DENIED, why);
}

/**
 * virReportUnsupported:
 * @domain: virErrorDomain of the entry point
 * @func: the public function's name
 *
 * Reports VIR_ERR_NO_SUPPORT "this function is not supported by the
 * connection driver: <function>".
 */
void
virReportUnsupported(int domain, const char *func)
{
    virReportTemplated(domain, VIR_ERR_NO_SUPPORT, func);
}

/**
 * virErrorIsSet:
 *
 * Returns true if the calling thread has an error recorded.
 */
bool
virErrorIsSet(void)
{
    virErrorPtr err = g_private_get(&virLastErrorKey);

    return err && err->code != VIR_ERR_OK;
}

/**
 * virErrorCopy:
 * @from: error to copy
 * @to: destination; its previous contents are released
 */
void
virErrorCopy(const virError *from, virErrorPtr to)
{
    if (from == to)
        return;
    virResetError(to);
    to->code = from->code;
    to->domain = from->domain;
    to->level = from->level;
    to->message = g_strdup(from->message);
    to->str1 = g_strdup(from->str1);
    to->str2 = g_strdup(from->str2);
    to->str3 = g_strdup(from->str3);
    to->int1 = from->int1;
    to->int2 = from->int2;
}

/**
 * virErrorSaveLast:
 *
 * Returns a copy of the thread's last error (possibly code 0), to be given
 * back to virErrorRestoreLast() after cleanup code that may report.
 */
virErrorPtr
virErrorSaveLast(void)
{
    virErrorPtr copy = g_new0(virError, 1);

    virErrorCopy(virLastErrorSlot(), copy);
    return copy;
}

/**
 * virErrorRestoreLast:
 * @saved: pointer to the result of virErrorSaveLast(); consumed, set to NULL
 */
void
virErrorRestoreLast(virErrorPtr *saved)
{
    if (!*saved)
        return;
    virErrorCopy(*saved, virLastErrorSlot());
    virFreeError(*saved);
    *saved = NULL;
}

/**
 * virDispatchError:
 * @conn: the connection the failed call was made on, or NULL
 *
 * Last step of every failing public call: makes sure an error is set,
 * copies it to @conn for virConnGetLastError(), and runs the connection's
 * error callback, else the global one, else virDefaultErrorFunc().
 */
void
virDispatchError(virConnectPtr conn)
{
    virErrorPtr err = virLastErrorSlot();
    virErrorFunc handler;
    void *userData;

    if (err->code == VIR_ERR_OK) {
        const char *msg = _("An error occurred, but the cause is unknown");

        virRaiseErrorRaw(VIR_FROM_NONE, VIR_ERR_INTERNAL_ERROR, VIR_ERR_ERROR,
                         msg, NULL, NULL, -1, -1, msg);
    }

    g_mutex_lock(&virGlobalErrorLock);
    handler = virGlobalErrorHandler;
    userData = virGlobalErrorData;
    g_mutex_unlock(&virGlobalErrorLock);

    if (conn && virConnectIsValid(conn)) {
        virErrorFunc connHandler;
        void *connData;

        virConnectStoreError(conn, err, &connHandler, &connData);
        if (connHandler) {
            handler = connHandler;
            userData = connData;
        }
    }

    if (handler)
        handler(userData, err);
    else
        virDefaultErrorFunc(err);
}


/* ---- public API -------------------------------------------------------- */

virErrorPtr
virGetLastError(void)
{
    virErrorPtr err = virLastErrorSlot();

    return err->code == VIR_ERR_OK ? NULL : err;
}

int
virGetLastErrorCode(void)
{
    return virLastErrorSlot()->code;
}

int
virGetLastErrorDomain(void)
{
    return virLastErrorSlot()->domain;
}

const char *
virGetLastErrorMessage(void)
{
    virErrorPtr err = virLastErrorSlot();

    if (err->code == VIR_ERR_OK)
        return _("no error");
    if (!err->message)
        return _("unknown error");
    return err->message;
}

int
virCopyLastError(virErrorPtr to)
{
    virErrorPtr err = virLastErrorSlot();

    if (!to)
        return -1;
    if (err->code == VIR_ERR_OK) {
        virResetError(to);
        return 0;
    }
    virErrorCopy(err, to);
    return to->code;
}

virErrorPtr
virSaveLastError(void)
{
    return virErrorSaveLast();
}

void
virResetError(virErrorPtr err)
{
    if (!err)
        return;
    g_free(err->message);
    g_free(err->str1);
    g_free(err->str2);
    g_free(err->str3);
    memset(err, 0, sizeof(*err));
}

void
virFreeError(virErrorPtr err)
{
    virResetError(err);
    g_free(err);
}

void
virResetLastError(void)
{
    virErrorPtr err = g_private_get(&virLastErrorKey);

    if (err)
        virResetError(err);
}

void
virSetErrorFunc(void *userData, virErrorFunc handler)
{
    g_mutex_lock(&virGlobalErrorLock);
    virGlobalErrorHandler = handler;
    virGlobalErrorData = userData;
    g_mutex_unlock(&virGlobalErrorLock);
}

void
virDefaultErrorFunc(virErrorPtr err)
{
    const char *level;
    size_t len;

    if (!err || err->code == VIR_ERR_OK)
        return;
    level = err->level == VIR_ERR_WARNING ? _("warning") : _("error");
    len = err->message ? strlen(err->message) : 0;
    fprintf(stderr, "libvirt: %s %s : %s%s",
            virErrorDomainName(err->domain), level,
            err->message ? err->message : "",
            (len == 0 || err->message[len - 1] != '\n') ? "\n" : "");
}

virErrorPtr
virConnGetLastError(virConnectPtr conn)
{
    if (!conn || !virConnectIsValid(conn))
        return NULL;
    return virConnectErrorSlot(conn);
}

int
virConnCopyLastError(virConnectPtr conn, virErrorPtr to)
{
    virErrorPtr err;

    if (!conn || !virConnectIsValid(conn) || !to)
        return -1;
    err = virConnectErrorSlot(conn);
    if (!err) {
        virResetError(to);
        return 0;
    }
    virErrorCopy(err, to);
    return to->code;
}

void
virConnResetLastError(virConnectPtr conn)
{
    if (conn && virConnectIsValid(conn))
        virConnectResetError(conn);
}

void
virConnSetErrorFunc(virConnectPtr conn, void *userData, virErrorFunc handler)
{
    if (conn && virConnectIsValid(conn))
        virConnectSetErrorHandler(conn, handler, userData);
}
