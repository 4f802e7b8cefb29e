/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virpluginconf.c: the configuration layer's table for plugins
 * (VIR_PLUGIN_INTERFACE_CONF, include/libvirt/libvirt-plugin-conf.h)
 *
 * The SDK's opaque definition types are the core's own structs under other
 * names, so most entries are the conf functions themselves; what is here is
 * field access by identifier and the few adaptors whose signatures differ.
 */
#include <config.h>

#include <libvirt/libvirt-plugin-conf.h>

#include "virplugin.h"
#include "virerror.h"
#include "viruuid.h"
#include "vircapabilities.h"
#include "virdomainabi.h"
#include "virdomaindef.h"
#include "virdomaindevice.h"
#include "virdomainmetadata.h"
#include "virinterfacedef.h"
#include "virnetworkdef.h"
#include "virstoragepooldef.h"
#include "virstoragevoldef.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/* The SDK's parse flags are the core's. */
G_STATIC_ASSERT((int)VIR_PLUGIN_CONF_PARSE_INACTIVE == (int)VIR_DOMAIN_DEF_PARSE_INACTIVE);
G_STATIC_ASSERT((int)VIR_PLUGIN_CONF_PARSE_VALIDATE == (int)VIR_DOMAIN_DEF_PARSE_VALIDATE);
G_STATIC_ASSERT((int)VIR_PLUGIN_CONF_ABI_SKIP_VOLATILE ==
                (int)VIR_DOMAIN_DEF_ABI_CHECK_SKIP_VOLATILE);

typedef enum {
    VIR_PLUGIN_CONF_DOMAIN = 0x01,
    VIR_PLUGIN_CONF_NETWORK = 0x02,
    VIR_PLUGIN_CONF_POOL = 0x03,
    VIR_PLUGIN_CONF_VOL = 0x04,
    VIR_PLUGIN_CONF_INTERFACE = 0x05,
} virPluginConfKind;

#define VIR_PLUGIN_CONF_KIND(field) ((unsigned int)(field) >> 8)

static void
virPluginConfUnknownField(virPluginConfField field)
{
    virReportError(VIR_ERR_NO_SUPPORT, _("unknown configuration field 0x%1$x"),
                   (unsigned int)field);
}

static int
virPluginConfReadOnly(virPluginConfField field)
{
    virReportError(VIR_ERR_OPERATION_INVALID,
                   _("configuration field 0x%1$x cannot be changed"), (unsigned int)field);
    return -1;
}

static int
virPluginConfBadIndex(virPluginConfField field, size_t index, size_t count)
{
    virReportError(VIR_ERR_INVALID_ARG,
                   _("index %1$zu of configuration field 0x%2$x is out of range (%3$zu values)"),
                   index, (unsigned int)field, count);
    return -1;
}

/* Hands a copy of @str to the caller: 1, or 0 when absent. */
static int
virPluginConfString(const char *str, char **value)
{
    *value = g_strdup(str);
    return str ? 1 : 0;
}

static int
virPluginConfUUID(const unsigned char *uuid, char **value)
{
    char buf[VIR_UUID_STRING_BUFLEN];

    return virPluginConfString(virUUIDFormat(uuid, buf), value);
}


/* ---- domains ---------------------------------------------------------------- */

static int
virPluginConfDomainDeviceString(const virDomainDef *def, virPluginConfField field,
                                size_t index, char **value)
{
    bool isDisk = field == VIR_PLUGIN_DOMAIN_DISK_TARGET ||
                  field == VIR_PLUGIN_DOMAIN_DISK_SOURCE ||
                  field == VIR_PLUGIN_DOMAIN_DISK_DEVICE;
    size_t count = isDisk ? def->ndisks : def->nnets;
    const virDomainDiskDef *disk;
    const virDomainNetDef *net;
    char mac[VIR_DOMAIN_MAC_BUFLEN * 3];

    if (index >= count)
        return virPluginConfBadIndex(field, index, count);
    disk = isDisk ? def->disks[index] : NULL;
    net = isDisk ? NULL : def->nets[index];

    switch (field) {
    case VIR_PLUGIN_DOMAIN_DISK_TARGET:
        return virPluginConfString(disk->dst, value);
    case VIR_PLUGIN_DOMAIN_DISK_SOURCE:
        return virPluginConfString(disk->path, value);
    case VIR_PLUGIN_DOMAIN_DISK_DEVICE:
        return virPluginConfString(virDomainDiskDeviceTypeToString(disk->device), value);
    case VIR_PLUGIN_DOMAIN_NET_IFNAME:
        return virPluginConfString(net->ifname, value);
    case VIR_PLUGIN_DOMAIN_NET_MAC:
        virDomainMacFormat(net->mac, mac);
        return virPluginConfString(mac, value);
    case VIR_PLUGIN_DOMAIN_NET_TYPE:
        return virPluginConfString(virDomainNetTypeToString(net->type), value);
    case VIR_PLUGIN_DOMAIN_NET_SOURCE:
        if (net->type == VIR_DOMAIN_NET_TYPE_NETWORK)
            return virPluginConfString(net->network, value);
        if (net->type == VIR_DOMAIN_NET_TYPE_BRIDGE)
            return virPluginConfString(net->bridge, value);
        return virPluginConfString(net->dev, value);
    default:
        virPluginConfUnknownField(field);
        return -1;
    }
}

static int
virPluginConfDomainGetString(const virDomainDef *def, virPluginConfField field,
                             size_t index, char **value)
{
    switch (field) {
    case VIR_PLUGIN_DOMAIN_NAME:
        return virPluginConfString(def->name, value);
    case VIR_PLUGIN_DOMAIN_UUID:
        return virPluginConfUUID(def->uuid, value);
    case VIR_PLUGIN_DOMAIN_VIRT_TYPE:
        return virPluginConfString(virDomainVirtTypeToString(def->virtType), value);
    case VIR_PLUGIN_DOMAIN_OS_TYPE:
        return virPluginConfString(virDomainOSTypeToString(def->osType), value);
    case VIR_PLUGIN_DOMAIN_ARCH:
        return virPluginConfString(virDomainArchTypeToString(def->arch), value);
    case VIR_PLUGIN_DOMAIN_TITLE:
        return virPluginConfString(def->title, value);
    case VIR_PLUGIN_DOMAIN_DESCRIPTION:
        return virPluginConfString(def->description, value);
    case VIR_PLUGIN_DOMAIN_ON_POWEROFF:
        return virPluginConfString(virDomainLifecycleActionTypeToString(def->onPoweroff), value);
    case VIR_PLUGIN_DOMAIN_ON_REBOOT:
        return virPluginConfString(virDomainLifecycleActionTypeToString(def->onReboot), value);
    case VIR_PLUGIN_DOMAIN_ON_CRASH:
        return virPluginConfString(virDomainLifecycleActionTypeToString(def->onCrash), value);
    default:
        return virPluginConfDomainDeviceString(def, field, index, value);
    }
}

static int
virPluginConfDomainSetString(virDomainDef *def, virPluginConfField field, const char *value)
{
    switch (field) {
    case VIR_PLUGIN_DOMAIN_TITLE:
        return virDomainDefSetMetadata(def, VIR_DOMAIN_METADATA_TITLE, value, NULL, NULL);
    case VIR_PLUGIN_DOMAIN_DESCRIPTION:
        return virDomainDefSetMetadata(def, VIR_DOMAIN_METADATA_DESCRIPTION, value, NULL, NULL);
    case VIR_PLUGIN_DOMAIN_NAME:
    case VIR_PLUGIN_DOMAIN_UUID:
    case VIR_PLUGIN_DOMAIN_VIRT_TYPE:
    case VIR_PLUGIN_DOMAIN_OS_TYPE:
    case VIR_PLUGIN_DOMAIN_ARCH:
    case VIR_PLUGIN_DOMAIN_ON_POWEROFF:
    case VIR_PLUGIN_DOMAIN_ON_REBOOT:
    case VIR_PLUGIN_DOMAIN_ON_CRASH:
    case VIR_PLUGIN_DOMAIN_DISK_TARGET:
    case VIR_PLUGIN_DOMAIN_DISK_SOURCE:
    case VIR_PLUGIN_DOMAIN_DISK_DEVICE:
    case VIR_PLUGIN_DOMAIN_NET_IFNAME:
    case VIR_PLUGIN_DOMAIN_NET_MAC:
    case VIR_PLUGIN_DOMAIN_NET_TYPE:
    case VIR_PLUGIN_DOMAIN_NET_SOURCE:
        return virPluginConfReadOnly(field);
    default:
        virPluginConfUnknownField(field);
        return -1;
    }
}

static int
virPluginConfDomainGetNumber(const virDomainDef *def, virPluginConfField field,
                             unsigned long long *value)
{
    switch (field) {
    case VIR_PLUGIN_DOMAIN_ID:
        if (def->id < 0)
            return 0;
        *value = def->id;
        return 1;
    case VIR_PLUGIN_DOMAIN_MEMORY_TOTAL:
        *value = def->memory;
        return 1;
    case VIR_PLUGIN_DOMAIN_MEMORY_CURRENT:
        *value = def->currentMemory;
        return 1;
    case VIR_PLUGIN_DOMAIN_MEMORY_HOTPLUG_MAX:
        *value = def->maxMemory;
        return 1;
    case VIR_PLUGIN_DOMAIN_VCPUS_MAX:
        *value = def->maxvcpus;
        return 1;
    case VIR_PLUGIN_DOMAIN_VCPUS_CURRENT:
        *value = def->vcpus;
        return 1;
    case VIR_PLUGIN_DOMAIN_TEST_RUNSTATE:
        if (!def->hasTestRunstate)
            return 0;
        *value = def->testRunstate;
        return 1;
    case VIR_PLUGIN_DOMAIN_TEST_TRANSIENT:
        *value = def->testTransient;
        return 1;
    case VIR_PLUGIN_DOMAIN_TEST_HAS_MANAGED_SAVE:
        *value = def->testHasManagedSave;
        return 1;
    default:
        virPluginConfUnknownField(field);
        return -1;
    }
}

static int
virPluginConfDomainSetNumber(virDomainDef *def, virPluginConfField field,
                             unsigned long long value)
{
    switch (field) {
    case VIR_PLUGIN_DOMAIN_ID:
        if (value == ~0ULL) {
            def->id = -1;
            return 0;
        }
        if (value > INT_MAX)
            break;
        def->id = value;
        return 0;
    case VIR_PLUGIN_DOMAIN_MEMORY_TOTAL:
        def->memory = value;
        return 0;
    case VIR_PLUGIN_DOMAIN_MEMORY_CURRENT:
        def->currentMemory = value;
        return 0;
    case VIR_PLUGIN_DOMAIN_MEMORY_HOTPLUG_MAX:
        def->maxMemory = value;
        return 0;
    case VIR_PLUGIN_DOMAIN_VCPUS_MAX:
    case VIR_PLUGIN_DOMAIN_VCPUS_CURRENT:
        if (value == 0 || value > UINT_MAX)
            break;
        if (field == VIR_PLUGIN_DOMAIN_VCPUS_MAX)
            def->maxvcpus = value;
        else
            def->vcpus = value;
        return 0;
    case VIR_PLUGIN_DOMAIN_TEST_RUNSTATE:
    case VIR_PLUGIN_DOMAIN_TEST_TRANSIENT:
    case VIR_PLUGIN_DOMAIN_TEST_HAS_MANAGED_SAVE:
        return virPluginConfReadOnly(field);
    default:
        virPluginConfUnknownField(field);
        return -1;
    }
    virReportError(VIR_ERR_INVALID_ARG, _("value %1$llu out of range for field 0x%2$x"),
                   value, (unsigned int)field);
    return -1;
}


/* ---- networks, pools, volumes, interfaces ------------------------------------ */

static int
virPluginConfNetworkGetString(const virNetworkDef *def, virPluginConfField field, char **value)
{
    switch (field) {
    case VIR_PLUGIN_NETWORK_NAME:
        return virPluginConfString(def->name, value);
    case VIR_PLUGIN_NETWORK_UUID:
        return virPluginConfUUID(def->uuid, value);
    case VIR_PLUGIN_NETWORK_BRIDGE:
        return virPluginConfString(def->bridge, value);
    case VIR_PLUGIN_NETWORK_FORWARD_MODE:
        if (def->forward.type == VIR_NETWORK_FORWARD_NONE)
            return virPluginConfString(NULL, value);
        return virPluginConfString(virNetworkForwardTypeToString(def->forward.type), value);
    default:
        virPluginConfUnknownField(field);
        return -1;
    }
}

static int
virPluginConfPoolGetString(const virStoragePoolDef *def, virPluginConfField field,
                           size_t index, char **value)
{
    switch (field) {
    case VIR_PLUGIN_POOL_NAME:
        return virPluginConfString(def->name, value);
    case VIR_PLUGIN_POOL_UUID:
        return virPluginConfUUID(def->uuid, value);
    case VIR_PLUGIN_POOL_TYPE:
        return virPluginConfString(virStoragePoolTypeToString(def->type), value);
    case VIR_PLUGIN_POOL_TARGET_PATH:
        return virPluginConfString(def->target.path, value);
    case VIR_PLUGIN_POOL_SOURCE_NAME:
        return virPluginConfString(def->source.name, value);
    case VIR_PLUGIN_POOL_SOURCE_DIR:
        return virPluginConfString(def->source.dir, value);
    case VIR_PLUGIN_POOL_SOURCE_HOST:
        if (index >= def->source.nhosts)
            return virPluginConfBadIndex(field, index, def->source.nhosts);
        return virPluginConfString(def->source.hosts[index].name, value);
    case VIR_PLUGIN_POOL_SOURCE_DEVICE:
        if (index >= def->source.ndevices)
            return virPluginConfBadIndex(field, index, def->source.ndevices);
        return virPluginConfString(def->source.devices[index].path, value);
    default:
        virPluginConfUnknownField(field);
        return -1;
    }
}

static int
virPluginConfVolGetString(const virStorageVolDef *def, virPluginConfField field, char **value)
{
    switch (field) {
    case VIR_PLUGIN_VOL_NAME:
        return virPluginConfString(def->name, value);
    case VIR_PLUGIN_VOL_KEY:
        return virPluginConfString(def->key, value);
    case VIR_PLUGIN_VOL_PATH:
        return virPluginConfString(def->target.path, value);
    case VIR_PLUGIN_VOL_TYPE:
        return virPluginConfString(virStorageVolTypeToString(def->type), value);
    case VIR_PLUGIN_VOL_BACKING_PATH:
        return virPluginConfString(def->backingStore ? def->backingStore->path : NULL, value);
    default:
        virPluginConfUnknownField(field);
        return -1;
    }
}

static int
virPluginConfInterfaceGetString(const virInterfaceDef *def, virPluginConfField field,
                                char **value)
{
    switch (field) {
    case VIR_PLUGIN_INTERFACE_NAME:
        return virPluginConfString(def->name, value);
    case VIR_PLUGIN_INTERFACE_MAC:
        return virPluginConfString(def->mac, value);
    default:
        virPluginConfUnknownField(field);
        return -1;
    }
}

/* Replaces the string at @slot with a copy of @value. */
static int
virPluginConfReplace(char **slot, const char *value)
{
    g_free(*slot);
    *slot = g_strdup(value);
    return 0;
}


/* ---- the generic entries --------------------------------------------------- */

static int
virPluginConfGetString(const void *def, virPluginConfField field, size_t index, char **value)
{
    if (!def || !value) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("no definition or no result pointer"));
        return -1;
    }
    *value = NULL;
    switch (VIR_PLUGIN_CONF_KIND(field)) {
    case VIR_PLUGIN_CONF_DOMAIN:
        return virPluginConfDomainGetString(def, field, index, value);
    case VIR_PLUGIN_CONF_NETWORK:
        return virPluginConfNetworkGetString(def, field, value);
    case VIR_PLUGIN_CONF_POOL:
        return virPluginConfPoolGetString(def, field, index, value);
    case VIR_PLUGIN_CONF_VOL:
        return virPluginConfVolGetString(def, field, value);
    case VIR_PLUGIN_CONF_INTERFACE:
        return virPluginConfInterfaceGetString(def, field, value);
    }
    virPluginConfUnknownField(field);
    return -1;
}

static int
virPluginConfSetString(void *def, virPluginConfField field, size_t index G_GNUC_UNUSED,
                       const char *value)
{
    virNetworkDef *net = def;
    virStoragePoolDef *pool = def;
    virStorageVolDef *vol = def;
    char *dummy = NULL;
    int type;

    if (!def) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("no definition"));
        return -1;
    }
    switch (field) {
    case VIR_PLUGIN_NETWORK_BRIDGE:
        return virPluginConfReplace(&net->bridge, value);
    case VIR_PLUGIN_POOL_TARGET_PATH:
        return virPluginConfReplace(&pool->target.path, value);
    case VIR_PLUGIN_VOL_KEY:
        return virPluginConfReplace(&vol->key, value);
    case VIR_PLUGIN_VOL_PATH:
        return virPluginConfReplace(&vol->target.path, value);
    case VIR_PLUGIN_VOL_TYPE:
        if (!value || (type = virStorageVolTypeFromString(value)) < 0) {
            virReportError(VIR_ERR_INVALID_ARG, _("unknown volume type '%1$s'"),
                           value ? value : "(null)");
            return -1;
        }
        vol->type = type;
        return 0;
    default:
        break;
    }
    if (VIR_PLUGIN_CONF_KIND(field) == VIR_PLUGIN_CONF_DOMAIN)
        return virPluginConfDomainSetString(def, field, value);

    /* every other known field is read-only */
    if (virPluginConfGetString(def, field, 0, &dummy) < 0 &&
        virGetLastErrorCode() == VIR_ERR_NO_SUPPORT)
        return -1;
    g_free(dummy);
    return virPluginConfReadOnly(field);
}

static unsigned long long *
virPluginConfNumberSlot(void *def, virPluginConfField field)
{
    virStoragePoolDef *pool = def;
    virStorageVolDef *vol = def;

    switch (field) {
    case VIR_PLUGIN_POOL_CAPACITY:
        return &pool->capacity;
    case VIR_PLUGIN_POOL_ALLOCATION:
        return &pool->allocation;
    case VIR_PLUGIN_POOL_AVAILABLE:
        return &pool->available;
    case VIR_PLUGIN_VOL_CAPACITY:
        return &vol->capacity;
    case VIR_PLUGIN_VOL_ALLOCATION:
        return &vol->allocation;
    default:
        return NULL;
    }
}

static int
virPluginConfGetNumber(const void *def, virPluginConfField field, size_t index G_GNUC_UNUSED,
                       unsigned long long *value)
{
    unsigned long long *slot;

    if (!def || !value) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("no definition or no result pointer"));
        return -1;
    }
    if (VIR_PLUGIN_CONF_KIND(field) == VIR_PLUGIN_CONF_DOMAIN)
        return virPluginConfDomainGetNumber(def, field, value);
    if (!(slot = virPluginConfNumberSlot((void *)def, field))) {
        virPluginConfUnknownField(field);
        return -1;
    }
    *value = *slot;
    return 1;
}

static int
virPluginConfSetNumber(void *def, virPluginConfField field, size_t index G_GNUC_UNUSED,
                       unsigned long long value)
{
    unsigned long long *slot;

    if (!def) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("no definition"));
        return -1;
    }
    if (VIR_PLUGIN_CONF_KIND(field) == VIR_PLUGIN_CONF_DOMAIN)
        return virPluginConfDomainSetNumber(def, field, value);
    if (!(slot = virPluginConfNumberSlot(def, field))) {
        virPluginConfUnknownField(field);
        return -1;
    }
    *slot = value;
    return 0;
}

static ssize_t
virPluginConfCount(const void *def, virPluginConfField field)
{
    const virDomainDef *dom = def;
    const virStoragePoolDef *pool = def;

    if (!def) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("no definition"));
        return -1;
    }
    switch (field) {
    case VIR_PLUGIN_DOMAIN_DISK_TARGET:
    case VIR_PLUGIN_DOMAIN_DISK_SOURCE:
    case VIR_PLUGIN_DOMAIN_DISK_DEVICE:
        return dom->ndisks;
    case VIR_PLUGIN_DOMAIN_NET_IFNAME:
    case VIR_PLUGIN_DOMAIN_NET_MAC:
    case VIR_PLUGIN_DOMAIN_NET_TYPE:
    case VIR_PLUGIN_DOMAIN_NET_SOURCE:
        return dom->nnets;
    case VIR_PLUGIN_POOL_SOURCE_HOST:
        return pool->source.nhosts;
    case VIR_PLUGIN_POOL_SOURCE_DEVICE:
        return pool->source.ndevices;
    default:
        virReportError(VIR_ERR_INVALID_ARG,
                       _("configuration field 0x%1$x has no list of values"),
                       (unsigned int)field);
        return -1;
    }
}

static int
virPluginConfGetUUID(const void *def, virPluginConfField uuidField, unsigned char *uuid)
{
    const unsigned char *src;

    if (!def || !uuid) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("no definition or no result pointer"));
        return -1;
    }
    switch (uuidField) {
    case VIR_PLUGIN_DOMAIN_UUID:
        src = ((const virDomainDef *)def)->uuid;
        break;
    case VIR_PLUGIN_NETWORK_UUID:
        src = ((const virNetworkDef *)def)->uuid;
        break;
    case VIR_PLUGIN_POOL_UUID:
        src = ((const virStoragePoolDef *)def)->uuid;
        break;
    default:
        virReportError(VIR_ERR_INVALID_ARG, _("configuration field 0x%1$x is not a UUID"),
                       (unsigned int)uuidField);
        return -1;
    }
    memcpy(uuid, src, VIR_UUID_BUFLEN);
    return 0;
}


/* ---- adaptors ---------------------------------------------------------------- */

static int
virPluginConfDomainGenerateIfnames(virDomainDef *def, const char *prefix)
{
    return virDomainNetGenerateIfnames(def, prefix);
}

/* VIR_PLUGIN_CONF_PARSE_VALIDATE for the documents other than domains: the
 * document read as its parser reads it (same errors for bad XML), then
 * checked against @schema before the parser looks at its meaning */
static int
virPluginConfValidate(const char *xml, unsigned int flags, const char *url,
                      const char *root, int errDomain, const char *schema)
{
    g_autoptr(xmlDoc) doc = NULL;

    if (!(flags & VIR_PLUGIN_CONF_PARSE_VALIDATE))
        return 0;
    if (!(doc = virXMLParseString(xml, url, root, NULL, errDomain)))
        return -1;
    return virXMLValidateAgainstSchema(doc, schema);
}

static virStoragePoolDef *
virPluginConfPoolParse(const char *xml, unsigned int flags)
{
    virCheckFlags(VIR_PLUGIN_CONF_PARSE_INACTIVE | VIR_PLUGIN_CONF_PARSE_VALIDATE, NULL);
    if (virPluginConfValidate(xml, flags, "(storage_pool_definition)", "pool",
                              VIR_FROM_STORAGE, "storagepool.rng") < 0)
        return NULL;
    return virStoragePoolDefParseString(xml, 0);
}

static virStorageVolDef *
virPluginConfVolParse(const virStoragePoolDef *pool, const char *xml, unsigned int flags)
{
    virCheckFlags(VIR_PLUGIN_CONF_PARSE_INACTIVE | VIR_PLUGIN_CONF_PARSE_VOL_NO_CAPACITY |
                  VIR_PLUGIN_CONF_PARSE_VALIDATE, NULL);
    if (virPluginConfValidate(xml, flags, "(storage_volume_definition)", "volume",
                              VIR_FROM_STORAGE, "storagevol.rng") < 0)
        return NULL;
    return virStorageVolDefParseString(pool, xml,
                                       (flags & VIR_PLUGIN_CONF_PARSE_VOL_NO_CAPACITY) ?
                                       VIR_STORAGE_VOL_DEF_PARSE_NO_CAPACITY : 0);
}

static virNetworkDef *
virPluginConfNetworkParse(const char *xml, unsigned int flags)
{
    virCheckFlags(VIR_PLUGIN_CONF_PARSE_INACTIVE | VIR_PLUGIN_CONF_PARSE_VALIDATE, NULL);
    if (virPluginConfValidate(xml, flags, "(network_definition)", "network",
                              VIR_FROM_NETWORK, "network.rng") < 0)
        return NULL;
    return virNetworkDefParseString(xml, 0);
}

static virCaps *
virPluginConfCapsNew(const char *hostArch, int offlineMigrate, int liveMigrate)
{
    return virCapabilitiesNew(hostArch, offlineMigrate != 0, liveMigrate != 0);
}

static int
virPluginConfCapsAddSecModel(virCaps *caps, const char *model, const char *doi,
                             const char *const *labelTypes, const char *const *labels)
{
    virCapsHostSecModel *secmodel;
    size_t i;

    if (!model || !doi) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("a security model needs a name and a DOI"));
        return -1;
    }
    secmodel = virCapabilitiesHostAddSecModel(caps, model, doi);
    for (i = 0; labelTypes && labels && labelTypes[i] && labels[i]; i++)
        virCapabilitiesHostSecModelAddBaseLabel(secmodel, labelTypes[i], labels[i]);
    return 0;
}

static int
virPluginConfCapsGuestAddMachine(virCapsGuest *guest, const char *name,
                                 const char *canonical, unsigned int maxCpus)
{
    if (!name) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("a machine type needs a name"));
        return -1;
    }
    virCapabilitiesGuestAddMachine(guest, name, canonical, maxCpus, false);
    return 0;
}

static int
virPluginConfCapsGuestAddDomain(virCapsGuest *guest, const char *type,
                                const char *emulator, const char *loader)
{
    if (!type) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("a guest domain needs a type"));
        return -1;
    }
    virCapabilitiesAddGuestDomain(guest, type, emulator, loader);
    return 0;
}

static int
virPluginConfTristate(int value, int yes, int no, int absent)
{
    return value < 0 ? absent : (value ? yes : no);
}

static int
virPluginConfCapsGuestAddFeature(virCapsGuest *guest, const char *name,
                                 int defaultOn, int togglable)
{
    int feature = name ? virCapsGuestFeatureTypeFromString(name) : -1;

    if (feature < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("unknown guest feature '%1$s'"), name ? name : "(null)");
        return -1;
    }
    virCapabilitiesAddGuestFeature(guest, feature,
                                   virPluginConfTristate(defaultOn, VIR_TRISTATE_SWITCH_ON,
                                                         VIR_TRISTATE_SWITCH_OFF,
                                                         VIR_TRISTATE_SWITCH_ABSENT),
                                   virPluginConfTristate(togglable, VIR_TRISTATE_BOOL_YES,
                                                         VIR_TRISTATE_BOOL_NO,
                                                         VIR_TRISTATE_BOOL_ABSENT));
    return 0;
}

static virDomainDef *
virPluginConfDomainParse(const char *xml, unsigned int flags)
{
    virCheckFlags(VIR_PLUGIN_CONF_PARSE_INACTIVE | VIR_PLUGIN_CONF_PARSE_VALIDATE, NULL);
    return virDomainDefParseString(xml, flags);
}

static virInterfaceDef *
virPluginConfInterfaceParse(const char *xml, unsigned int flags)
{
    virCheckFlags(VIR_PLUGIN_CONF_PARSE_INACTIVE | VIR_PLUGIN_CONF_PARSE_VALIDATE, NULL);
    if (virPluginConfValidate(xml, flags, "(interface_definition)", "interface",
                              VIR_FROM_INTERFACE, "interface.rng") < 0)
        return NULL;
    return virInterfaceDefParseString(xml, 0);
}

static int
virPluginConfXMLCheck(const char *xml, const char *url, const char *rootName, int errDomain)
{
    g_autoptr(xmlDoc) doc = virXMLParseString(xml, url, rootName, NULL, errDomain);

    return doc ? 0 : -1;
}

static const virPluginConf virPluginConfTable = {
    .hdr = VIR_PLUGIN_STRUCT_HEADER(virPluginConf),
    .version = VIR_PLUGIN_CONF_VERSION,
    .getString = virPluginConfGetString,
    .setString = virPluginConfSetString,
    .getNumber = virPluginConfGetNumber,
    .setNumber = virPluginConfSetNumber,
    .count = virPluginConfCount,
    .getUUID = virPluginConfGetUUID,
    .domainParse = virPluginConfDomainParse,
    .domainFormat = virDomainDefFormat,
    .domainCopy = virDomainDefCopy,
    .domainFree = virDomainDefFree,
    .domainCheckABIStability = virDomainDefCheckABIStability,
    .domainGetMetadata = virDomainDefGetMetadata,
    .domainSetMetadata = virDomainDefSetMetadata,
    .domainGenerateIfnames = virPluginConfDomainGenerateIfnames,
    .networkParse = virPluginConfNetworkParse,
    .networkFormat = virNetworkDefFormat,
    .networkFree = virNetworkDefFree,
    .poolParse = virPluginConfPoolParse,
    .poolFormat = virStoragePoolDefFormat,
    .poolFree = virStoragePoolDefFree,
    .volParse = virPluginConfVolParse,
    .volFormat = virStorageVolDefFormat,
    .volFree = virStorageVolDefFree,
    .interfaceParse = virPluginConfInterfaceParse,
    .interfaceFormat = virInterfaceDefFormat,
    .interfaceFree = virInterfaceDefFree,
    .xmlCheck = virPluginConfXMLCheck,
    .capsNew = virPluginConfCapsNew,
    .capsFree = virCapabilitiesFree,
    .capsFormat = virCapabilitiesFormatXML,
    .capsAddHostFeature = virCapabilitiesAddHostFeature,
    .capsAddHostPageSize = virCapabilitiesAddHostPageSize,
    .capsAddCell = virCapabilitiesHostNUMAAddCell,
    .capsCellAddCPU = virCapabilitiesHostNUMACellAddCPU,
    .capsCellAddPages = virCapabilitiesHostNUMACellAddPages,
    .capsAddSecModel = virPluginConfCapsAddSecModel,
    .capsAddGuest = virCapabilitiesAddGuest,
    .capsGuestAddMachine = virPluginConfCapsGuestAddMachine,
    .capsGuestAddDomain = virPluginConfCapsGuestAddDomain,
    .capsGuestAddFeature = virPluginConfCapsGuestAddFeature,
    .networkUpdate = virNetworkDefUpdateSection,                  /* 1.2 */
};

/**
 * virPluginConfGetTable:
 * @minVersion: the oldest table version the caller can use
 *
 * Returns the configuration table, or NULL when @minVersion is newer than
 * this core's.
 */
const virPluginConf *
virPluginConfGetTable(uint16_t minVersion)
{
    if (minVersion > VIR_PLUGIN_CONF_VERSION)
        return NULL;
    return &virPluginConfTable;
}
