/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-plugin-conf.h: the configuration layer, as plugins see it
 *
 * The core parses, validates and formats every XML document (domain,
 * network, storage pool and volume, host interface, capabilities).  A
 * plugin reaches that code through one table, fetched once in init():
 *
 *     const virPluginConf *conf =
 *         host->getInterface(ctx, VIR_PLUGIN_INTERFACE_CONF, 1);
 *
 * Definitions are opaque: the plugin holds pointers and reads or changes
 * them only through the table, so the core may change their layout at any
 * release.  Scalar properties are read and written by field identifier
 * (virPluginConfField); a field the core does not know fails cleanly with
 * VIR_ERR_NO_SUPPORT, so new identifiers can be added without an ABI bump.
 *
 * Conventions:
 *   - functions returning a pointer return NULL with an error reported
 *     (the calling thread's virError, as the public API reports them);
 *     functions returning int return -1 with an error reported;
 *   - strings and definitions returned to the plugin are its own: strings
 *     are freed with free(), definitions with the matching *Free();
 *   - strings passed in are copied;
 *   - a definition may be used from one thread at a time.
 */

#ifndef LIBVIRT_PLUGIN_CONF_H
#define LIBVIRT_PLUGIN_CONF_H

#include <libvirt/libvirt-plugin.h>

#ifdef __cplusplus
extern "C" {
#endif

/* virPluginHost.getInterface() identifier and the newest table version:
 * 1 (plugin ABI 1.0), 2 (ABI 1.2: networkUpdate). */
#define VIR_PLUGIN_INTERFACE_CONF 1
#define VIR_PLUGIN_CONF_VERSION 2

/* Opaque definitions. */
typedef struct _virDomainDef virPluginDomainDef;
typedef struct _virNetworkDef virPluginNetworkDef;
typedef struct _virStoragePoolDef virPluginStoragePoolDef;
typedef struct _virStorageVolDef virPluginStorageVolDef;
typedef struct _virInterfaceDef virPluginInterfaceDef;
typedef struct _virCaps virPluginCaps;
typedef struct _virCapsGuest virPluginCapsGuest;
typedef struct _virCapsHostNUMACell virPluginCapsCell;

/* Flags of the *Parse() functions. */
typedef enum {
    /* a persistent definition: ids and other live data are ignored */
    VIR_PLUGIN_CONF_PARSE_INACTIVE = 1 << 0,
    /* validate against the installed RelaxNG schema first (libvirt's
     * *_VALIDATE flags): domains, networks, pools, volumes, interfaces */
    VIR_PLUGIN_CONF_PARSE_VALIDATE = 1 << 1,
    /* volumes: <capacity> may be absent (cloning takes the source's) */
    VIR_PLUGIN_CONF_PARSE_VOL_NO_CAPACITY = 1 << 2,
} virPluginConfParseFlags;

/* Flags of domainCheckABIStability(). */
typedef enum {
    VIR_PLUGIN_CONF_ABI_SKIP_VOLATILE = 1 << 0,
} virPluginConfABIFlags;

/*
 * Fields.  Each belongs to one kind of definition (the high byte) and has
 * one type: string (S), number (N: unsigned long long), or, marked [i],
 * one value per device or element, indexed from 0 (count with *Count()).
 * (r) read-only.
 */
typedef enum {
    /* domains */
    VIR_PLUGIN_DOMAIN_NAME = 0x0100,          /* S (r) */
    VIR_PLUGIN_DOMAIN_UUID,                   /* S (r) formatted */
    VIR_PLUGIN_DOMAIN_ID,                     /* N: the live id; absent when inactive;
                                               * set ~0ULL to clear */
    VIR_PLUGIN_DOMAIN_VIRT_TYPE,              /* S (r) "test", "kvm" */
    VIR_PLUGIN_DOMAIN_OS_TYPE,                /* S (r) "hvm" */
    VIR_PLUGIN_DOMAIN_ARCH,                   /* S (r) "i686" */
    VIR_PLUGIN_DOMAIN_TITLE,                  /* S: NULL when absent */
    VIR_PLUGIN_DOMAIN_DESCRIPTION,            /* S */
    VIR_PLUGIN_DOMAIN_MEMORY_TOTAL,           /* N KiB: <memory> */
    VIR_PLUGIN_DOMAIN_MEMORY_CURRENT,         /* N KiB: <currentMemory> */
    VIR_PLUGIN_DOMAIN_MEMORY_HOTPLUG_MAX,     /* N KiB: <maxMemory>, absent: 0 */
    VIR_PLUGIN_DOMAIN_VCPUS_MAX,              /* N: <vcpu> */
    VIR_PLUGIN_DOMAIN_VCPUS_CURRENT,          /* N: <vcpu current=> (the maximum when absent) */
    VIR_PLUGIN_DOMAIN_ON_POWEROFF,            /* S (r) "destroy", "restart", ... */
    VIR_PLUGIN_DOMAIN_ON_REBOOT,              /* S (r) */
    VIR_PLUGIN_DOMAIN_ON_CRASH,               /* S (r) */
    VIR_PLUGIN_DOMAIN_TEST_RUNSTATE,          /* N (r): <test:runstate>, absent when not given */
    VIR_PLUGIN_DOMAIN_TEST_TRANSIENT,         /* N (r): <test:transient/> 1, else 0 */
    VIR_PLUGIN_DOMAIN_TEST_HAS_MANAGED_SAVE,  /* N (r): <test:hasmanagedsave/> 1, else 0 */
    VIR_PLUGIN_DOMAIN_DISK_TARGET,            /* S [i] (r) "vda" */
    VIR_PLUGIN_DOMAIN_DISK_SOURCE,            /* S [i] (r) file/device path, NULL if none */
    VIR_PLUGIN_DOMAIN_DISK_DEVICE,            /* S [i] (r) "disk", "cdrom" */
    VIR_PLUGIN_DOMAIN_NET_IFNAME,             /* S [i] (r) target dev, NULL if none */
    VIR_PLUGIN_DOMAIN_NET_MAC,                /* S [i] (r) "aa:bb:cc:dd:ee:ff" */
    VIR_PLUGIN_DOMAIN_NET_TYPE,               /* S [i] (r) "network", "bridge" */
    VIR_PLUGIN_DOMAIN_NET_SOURCE,             /* S [i] (r) network or bridge name */

    /* virtual networks */
    VIR_PLUGIN_NETWORK_NAME = 0x0200,         /* S (r) */
    VIR_PLUGIN_NETWORK_UUID,                  /* S (r) */
    VIR_PLUGIN_NETWORK_BRIDGE,                /* S: NULL when absent */
    VIR_PLUGIN_NETWORK_FORWARD_MODE,          /* S (r) "nat", ...; NULL: isolated */

    /* storage pools */
    VIR_PLUGIN_POOL_NAME = 0x0300,            /* S (r) */
    VIR_PLUGIN_POOL_UUID,                     /* S (r) */
    VIR_PLUGIN_POOL_TYPE,                     /* S (r) "dir", "logical" */
    VIR_PLUGIN_POOL_TARGET_PATH,              /* S */
    VIR_PLUGIN_POOL_SOURCE_NAME,              /* S (r) */
    VIR_PLUGIN_POOL_SOURCE_DIR,               /* S (r) */
    VIR_PLUGIN_POOL_SOURCE_HOST,              /* S [i] (r) */
    VIR_PLUGIN_POOL_SOURCE_DEVICE,            /* S [i] (r) */
    VIR_PLUGIN_POOL_CAPACITY,                 /* N bytes */
    VIR_PLUGIN_POOL_ALLOCATION,               /* N bytes */
    VIR_PLUGIN_POOL_AVAILABLE,                /* N bytes */

    /* storage volumes */
    VIR_PLUGIN_VOL_NAME = 0x0400,             /* S (r) */
    VIR_PLUGIN_VOL_KEY,                       /* S */
    VIR_PLUGIN_VOL_PATH,                      /* S: the target path */
    VIR_PLUGIN_VOL_TYPE,                      /* S "file", "block", ... */
    VIR_PLUGIN_VOL_BACKING_PATH,              /* S (r) NULL: no backing store */
    VIR_PLUGIN_VOL_CAPACITY,                  /* N bytes */
    VIR_PLUGIN_VOL_ALLOCATION,                /* N bytes */

    /* host interfaces */
    VIR_PLUGIN_INTERFACE_NAME = 0x0500,       /* S (r) */
    VIR_PLUGIN_INTERFACE_MAC,                 /* S (r) NULL when absent */
} virPluginConfField;

/* virPluginConf.domainSetMetadata() / domainGetMetadata() types: the
 * public virDomainMetadataType values. */

typedef struct _virPluginConf virPluginConf;
struct _virPluginConf {
    virPluginStructHeader hdr;
    uint32_t version;                         /* VIR_PLUGIN_CONF_VERSION of the core */

    /* Field access, shared by every kind of definition: @def must be a
     * definition of the field's kind (the high byte of its identifier).
     * getString and getNumber return 1 and set @value (a string the caller
     * frees), 0 when the value is absent (a string is set to NULL), -1 on
     * error.  setString with NULL removes an optional value.  count returns
     * the number of indexes of an [i] field, -1 on error. */
    int (*getString)(const void *def, virPluginConfField field, size_t index, char **value);
    int (*setString)(void *def, virPluginConfField field, size_t index, const char *value);
    int (*getNumber)(const void *def, virPluginConfField field, size_t index,
                     unsigned long long *value);
    int (*setNumber)(void *def, virPluginConfField field, size_t index,
                     unsigned long long value);
    ssize_t (*count)(const void *def, virPluginConfField field);
    /* the raw 16 bytes of a domain, network or pool UUID */
    int (*getUUID)(const void *def, virPluginConfField uuidField, unsigned char *uuid);

    /* domains; format flags are the public VIR_DOMAIN_XML_* flags */
    virPluginDomainDef *(*domainParse)(const char *xml, unsigned int parseFlags);
    char *(*domainFormat)(const virPluginDomainDef *def, unsigned int formatFlags);
    virPluginDomainDef *(*domainCopy)(const virPluginDomainDef *def, unsigned int formatFlags);
    void (*domainFree)(virPluginDomainDef *def);
    /* 0 when @dst may replace @src without changing the guest ABI;
     * -1 with VIR_ERR_CONFIG_UNSUPPORTED naming the difference.  Flags:
     * VIR_PLUGIN_CONF_ABI_SKIP_VOLATILE (the current memory size). */
    int (*domainCheckABIStability)(const virPluginDomainDef *src,
                                   const virPluginDomainDef *dst, unsigned int flags);
    /* virDomainGetMetadata()/virDomainSetMetadata() on one definition */
    char *(*domainGetMetadata)(const virPluginDomainDef *def, int type, const char *uri);
    int (*domainSetMetadata)(virPluginDomainDef *def, int type, const char *metadata,
                             const char *key, const char *uri);
    /* names interfaces without a target dev PREFIX0, PREFIX1, ... */
    int (*domainGenerateIfnames)(virPluginDomainDef *def, const char *prefix);

    /* virtual networks; format flags: VIR_NETWORK_XML_INACTIVE */
    virPluginNetworkDef *(*networkParse)(const char *xml, unsigned int parseFlags);
    char *(*networkFormat)(const virPluginNetworkDef *def, unsigned int formatFlags);
    void (*networkFree)(virPluginNetworkDef *def);

    /* storage pools and volumes (a volume is parsed and formatted in the
     * context of its pool, which decides its formats) */
    virPluginStoragePoolDef *(*poolParse)(const char *xml, unsigned int parseFlags);
    char *(*poolFormat)(const virPluginStoragePoolDef *def);
    void (*poolFree)(virPluginStoragePoolDef *def);
    virPluginStorageVolDef *(*volParse)(const virPluginStoragePoolDef *pool, const char *xml,
                                        unsigned int parseFlags);
    char *(*volFormat)(const virPluginStoragePoolDef *pool, const virPluginStorageVolDef *def);
    void (*volFree)(virPluginStorageVolDef *def);

    /* host interfaces; format flags: VIR_INTERFACE_XML_INACTIVE */
    virPluginInterfaceDef *(*interfaceParse)(const char *xml, unsigned int parseFlags);
    char *(*interfaceFormat)(const virPluginInterfaceDef *def, unsigned int formatFlags);
    void (*interfaceFree)(virPluginInterfaceDef *def);

    /* checks that @xml is well-formed with root element @rootName (NULL:
     * any), reporting libvirt's parse errors: VIR_ERR_XML_DETAIL
     * "@url:LINE: what" + the line + a caret, in @errDomain; a wrong root
     * is VIR_ERR_XML_ERROR.  0, or -1 with the error. */
    int (*xmlCheck)(const char *xml, const char *url, const char *rootName, int errDomain);

    /* capabilities: built by the driver, formatted by the core */
    virPluginCaps *(*capsNew)(const char *hostArch, int offlineMigrate, int liveMigrate);
    void (*capsFree)(virPluginCaps *caps);
    char *(*capsFormat)(const virPluginCaps *caps);
    void (*capsAddHostFeature)(virPluginCaps *caps, const char *name);
    void (*capsAddHostPageSize)(virPluginCaps *caps, unsigned int sizeKiB);
    virPluginCapsCell *(*capsAddCell)(virPluginCaps *caps, int num,
                                      unsigned long long memKiB);
    void (*capsCellAddCPU)(virPluginCapsCell *cell, unsigned int id, unsigned int socketId,
                           unsigned int dieId, unsigned int coreId,
                           const unsigned int *siblings, size_t nsiblings);
    void (*capsCellAddPages)(virPluginCapsCell *cell, unsigned int sizeKiB,
                             unsigned long long avail);
    /* a security model and its base labels ("kvm", "+0:+0") */
    int (*capsAddSecModel)(virPluginCaps *caps, const char *model, const char *doi,
                           const char *const *labelTypes, const char *const *labels);
    virPluginCapsGuest *(*capsAddGuest)(virPluginCaps *caps, const char *osType,
                                        const char *arch, int wordsize,
                                        const char *emulator, const char *loader);
    int (*capsGuestAddMachine)(virPluginCapsGuest *guest, const char *name,
                               const char *canonical, unsigned int maxCpus);
    int (*capsGuestAddDomain)(virPluginCapsGuest *guest, const char *type,
                              const char *emulator, const char *loader);
    /* "pae", "acpi", ...; defaultOn and togglable: -1 absent, 0 no, 1 yes */
    int (*capsGuestAddFeature)(virPluginCapsGuest *guest, const char *name,
                               int defaultOn, int togglable);

    /* Members below were added after table version 1: a plugin that asked
     * for version 1 checks VIR_PLUGIN_HAS(virPluginConf, conf, member). */

    /* virNetworkUpdate() on one definition, with libvirt's checks and
     * errors: @command a virNetworkUpdateCommand, @section a
     * virNetworkUpdateSection, @parentIndex the <ip> of a DHCP host or
     * range (negative: the one libvirt picks), @xml the element; @flags
     * VIR_NETWORK_UPDATE_AFFECT_CONFIG for a persistent definition, 0 or
     * VIR_NETWORK_UPDATE_AFFECT_LIVE for a running network's.  The changed
     * definition reads back from its XML; on failure @def is unchanged.
     * Which definitions to change (the flags' meaning for an object) is the
     * driver's business. */
    int (*networkUpdate)(virPluginNetworkDef *def, unsigned int command, unsigned int section,
                         int parentIndex, const char *xml, unsigned int flags);   /* 1.2 */
    /* new members only below this line, with a version bump */
};

#ifdef __cplusplus
}
#endif

#endif /* LIBVIRT_PLUGIN_CONF_H */
