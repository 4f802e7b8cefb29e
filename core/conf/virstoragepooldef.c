/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virstoragepooldef.c: storage pool XML definition (parse, format, free)
 */
#include <config.h>

#include <errno.h>

#include "virstoragepooldef.h"
#include "virstoragevoldef.h"
#include "virerror.h"
#include "viruuid.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_STORAGE

VIR_ENUM_IMPL(virStoragePool, VIR_STORAGE_POOL_LAST,
              "dir", "fs", "netfs", "logical", "disk", "iscsi", "iscsi-direct",
              "scsi", "mpath", "rbd", "sheepdog", "gluster", "zfs", "vstorage");

VIR_ENUM_IMPL(virStoragePoolFormatFileSystem, VIR_STORAGE_POOL_FS_LAST,
              "auto", "ext2", "ext3", "ext4", "ufs", "iso9660", "udf", "gfs",
              "gfs2", "vfat", "hfs+", "xfs", "ocfs2", "vmfs");

VIR_ENUM_IMPL(virStoragePoolFormatFileSystemNet, VIR_STORAGE_POOL_NETFS_LAST,
              "auto", "nfs", "glusterfs", "cifs");

VIR_ENUM_IMPL(virStoragePoolFormatDisk, VIR_STORAGE_POOL_DISK_LAST,
              "unknown", "dos", "dvh", "gpt", "mac", "bsd", "pc98", "sun", "lvm2");

VIR_ENUM_IMPL(virStoragePoolFormatLogical, VIR_STORAGE_POOL_LOGICAL_LAST,
              "unknown", "lvm2");

VIR_ENUM_IMPL(virStoragePoolRefreshAllocation, VIR_STORAGE_POOL_REFRESH_ALLOCATION_LAST,
              "default", "capacity");

VIR_ENUM_IMPL(virStorageAuth, VIR_STORAGE_AUTH_TYPE_LAST,
              "none", "chap", "ceph");

VIR_ENUM_IMPL(virStorageAdapter, VIR_STORAGE_ADAPTER_TYPE_LAST,
              "default", "scsi_host", "fc_host");

/* What a pool type reads from <source> and requires of it. */
typedef enum {
    VIR_STORAGE_POOL_SOURCE_HOST = 1 << 0,       /* <host>, at least one */
    VIR_STORAGE_POOL_SOURCE_DEVICE = 1 << 1,     /* <device> */
    VIR_STORAGE_POOL_SOURCE_DIR = 1 << 2,        /* <dir>, required */
    VIR_STORAGE_POOL_SOURCE_ADAPTER = 1 << 3,    /* <adapter>, required */
    VIR_STORAGE_POOL_SOURCE_NAME = 1 << 4,       /* <name>, defaults to the pool's */
    VIR_STORAGE_POOL_SOURCE_INITIATOR = 1 << 5,  /* <initiator><iqn> */
    VIR_STORAGE_POOL_SOURCE_NETWORK = 1 << 6,    /* no local <target> */
    VIR_STORAGE_POOL_NEED_DEVICE = 1 << 7,       /* at least one <device> */
    VIR_STORAGE_POOL_NEED_INITIATOR = 1 << 8,    /* <initiator> required */
} virStoragePoolOptionFlags;

typedef struct _virStoragePoolOptions virStoragePoolOptions;
struct _virStoragePoolOptions {
    unsigned int flags;
    int defaultFormat;
    int (*formatFromString)(const char *format);   /* NULL: no pool format */
    const char *(*formatToString)(int format);
    virStorageVolOptions volOptions;
};

/* "none" names the absence of a format and may not be asked for */
static int
virStorageVolFileFormatFromString(const char *format)
{
    int ret = virStorageFileFormatTypeFromString(format);

    return ret == VIR_STORAGE_FILE_NONE ? -1 : ret;
}

#define VIR_STORAGE_VOL_OPTIONS_FILE \
    { .defaultFormat = VIR_STORAGE_FILE_RAW, \
      .formatFromString = virStorageVolFileFormatFromString, \
      .formatToString = virStorageFileFormatTypeToString }

static const virStoragePoolOptions virStoragePoolOptionsTable[VIR_STORAGE_POOL_LAST] = {
    [VIR_STORAGE_POOL_DIR] = {
        .volOptions = VIR_STORAGE_VOL_OPTIONS_FILE,
    },
    [VIR_STORAGE_POOL_FS] = {
        .flags = VIR_STORAGE_POOL_SOURCE_DEVICE | VIR_STORAGE_POOL_NEED_DEVICE,
        .defaultFormat = VIR_STORAGE_POOL_FS_AUTO,
        .formatFromString = virStoragePoolFormatFileSystemTypeFromString,
        .formatToString = virStoragePoolFormatFileSystemTypeToString,
        .volOptions = VIR_STORAGE_VOL_OPTIONS_FILE,
    },
    [VIR_STORAGE_POOL_NETFS] = {
        .flags = VIR_STORAGE_POOL_SOURCE_HOST | VIR_STORAGE_POOL_SOURCE_DIR,
        .defaultFormat = VIR_STORAGE_POOL_NETFS_AUTO,
        .formatFromString = virStoragePoolFormatFileSystemNetTypeFromString,
        .formatToString = virStoragePoolFormatFileSystemNetTypeToString,
        .volOptions = VIR_STORAGE_VOL_OPTIONS_FILE,
    },
    [VIR_STORAGE_POOL_LOGICAL] = {
        .flags = VIR_STORAGE_POOL_SOURCE_NAME | VIR_STORAGE_POOL_SOURCE_DEVICE,
        .defaultFormat = VIR_STORAGE_POOL_LOGICAL_LVM2,
        .formatFromString = virStoragePoolFormatLogicalTypeFromString,
        .formatToString = virStoragePoolFormatLogicalTypeToString,
    },
    [VIR_STORAGE_POOL_DISK] = {
        .flags = VIR_STORAGE_POOL_SOURCE_DEVICE | VIR_STORAGE_POOL_NEED_DEVICE,
        .defaultFormat = VIR_STORAGE_POOL_DISK_UNKNOWN,
        .formatFromString = virStoragePoolFormatDiskTypeFromString,
        .formatToString = virStoragePoolFormatDiskTypeToString,
        .volOptions = {
            .defaultFormat = VIR_STORAGE_VOL_DISK_NONE,
            .formatFromString = virStorageVolFormatDiskTypeFromString,
            .formatToString = virStorageVolFormatDiskTypeToString,
        },
    },
    [VIR_STORAGE_POOL_ISCSI] = {
        .flags = VIR_STORAGE_POOL_SOURCE_HOST | VIR_STORAGE_POOL_SOURCE_DEVICE |
                 VIR_STORAGE_POOL_SOURCE_INITIATOR,
    },
    [VIR_STORAGE_POOL_ISCSI_DIRECT] = {
        .flags = VIR_STORAGE_POOL_SOURCE_HOST | VIR_STORAGE_POOL_SOURCE_DEVICE |
                 VIR_STORAGE_POOL_SOURCE_INITIATOR | VIR_STORAGE_POOL_SOURCE_NETWORK |
                 VIR_STORAGE_POOL_NEED_INITIATOR,
    },
    [VIR_STORAGE_POOL_SCSI] = {
        .flags = VIR_STORAGE_POOL_SOURCE_ADAPTER,
    },
    [VIR_STORAGE_POOL_MPATH] = {
        .flags = 0,
    },
    [VIR_STORAGE_POOL_RBD] = {
        .flags = VIR_STORAGE_POOL_SOURCE_HOST | VIR_STORAGE_POOL_SOURCE_NAME |
                 VIR_STORAGE_POOL_SOURCE_NETWORK,
        .volOptions = VIR_STORAGE_VOL_OPTIONS_FILE,
    },
    [VIR_STORAGE_POOL_SHEEPDOG] = {
        .flags = VIR_STORAGE_POOL_SOURCE_HOST | VIR_STORAGE_POOL_SOURCE_NAME |
                 VIR_STORAGE_POOL_SOURCE_NETWORK,
    },
    [VIR_STORAGE_POOL_GLUSTER] = {
        .flags = VIR_STORAGE_POOL_SOURCE_HOST | VIR_STORAGE_POOL_SOURCE_NAME |
                 VIR_STORAGE_POOL_SOURCE_DIR | VIR_STORAGE_POOL_SOURCE_NETWORK,
        .volOptions = VIR_STORAGE_VOL_OPTIONS_FILE,
    },
    [VIR_STORAGE_POOL_ZFS] = {
        .flags = VIR_STORAGE_POOL_SOURCE_NAME | VIR_STORAGE_POOL_SOURCE_DEVICE,
    },
    [VIR_STORAGE_POOL_VSTORAGE] = {
        .flags = VIR_STORAGE_POOL_SOURCE_NAME,
        .volOptions = VIR_STORAGE_VOL_OPTIONS_FILE,
    },
};

static const virStoragePoolOptions *
virStoragePoolOptionsForType(int type)
{
    if (type < 0 || type >= VIR_STORAGE_POOL_LAST)
        return NULL;
    return &virStoragePoolOptionsTable[type];
}

/**
 * virStoragePoolTypeGetVolOptions:
 * @type: a virStoragePoolType
 *
 * Returns how volumes of pools of @type name their format (borrowed,
 * static), or NULL for a value out of range.
 */
const virStorageVolOptions *
virStoragePoolTypeGetVolOptions(int type)
{
    const virStoragePoolOptions *options = virStoragePoolOptionsForType(type);

    return options ? &options->volOptions : NULL;
}

/**
 * virStoragePathSanitize:
 * @path: a file name
 *
 * Collapses runs of '/' into one and drops a trailing '/', keeping
 * exactly two leading slashes (they may mean something, as in POSIX)
 * and the root "/" itself.
 *
 * Returns the new string (caller frees).
 */
char *
virStoragePathSanitize(const char *path)
{
    GString *out = g_string_sized_new(strlen(path) + 1);
    const char *p = path;

    if (p[0] == '/' && p[1] == '/' && p[2] != '/') {
        g_string_append(out, "//");
        p += 2;
    }
    for (; *p; p++) {
        if (*p == '/' && out->len > 0 && out->str[out->len - 1] == '/')
            continue;
        g_string_append_c(out, *p);
    }
    if (out->len > 1 && out->str[out->len - 1] == '/')
        g_string_truncate(out, out->len - 1);
    return g_string_free(out, FALSE);
}


/* ---- shared pieces: <permissions>, <secret>, <auth> ---- */

/**
 * virStoragePermsClear:
 * @perms: permissions to release; left as "nothing given"
 */
void
virStoragePermsClear(virStoragePerms *perms)
{
    if (!perms)
        return;
    g_clear_pointer(&perms->label, g_free);
    perms->mode = (mode_t)-1;
    perms->uid = (uid_t)-1;
    perms->gid = (gid_t)-1;
}

/* An owner or group: a number that fits the id type, or -1 for "not set". */
static int
virStoragePermsParseId(xmlXPathContextPtr ctxt, const char *element,
                       unsigned int *id)
{
    g_autofree char *expr = g_strdup_printf("./%s", element);
    g_autofree char *strExpr = g_strdup_printf("string(./%s)", element);
    long long val;

    if (!virXPathNode(expr, ctxt))
        return 0;
    if (virXPathLongLong(strExpr, ctxt, &val) < 0 ||
        ((unsigned int)val != val && val != -1)) {
        virReportError(VIR_ERR_XML_ERROR, _("malformed %1$s element"), element);
        return -1;
    }
    *id = (unsigned int)val;
    return 0;
}

/**
 * virStoragePermsParseXML:
 * @ctxt: XPath context
 * @xpath: the <permissions> element relative to ctxt->node
 * @perms: filled; members not given are (type)-1 or NULL
 *
 * Returns 0 on success (also when the element is absent), -1 with an
 * error reported.
 */
int
virStoragePermsParseXML(xmlXPathContextPtr ctxt, const char *xpath,
                        virStoragePerms *perms)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree char *mode = NULL;
    unsigned int uid = (unsigned int)-1;
    unsigned int gid = (unsigned int)-1;

    perms->mode = (mode_t)-1;
    perms->uid = (uid_t)-1;
    perms->gid = (gid_t)-1;

    if (!(ctxt->node = virXPathNode(xpath, ctxt)))
        return 0;

    if ((mode = virXPathString("string(./mode)", ctxt))) {
        char *end = NULL;
        long long val;

        errno = 0;
        val = g_ascii_strtoll(mode, &end, 8);
        if (errno || end == mode || *end || val < INT_MIN || val > INT_MAX ||
            (val & ~0777)) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed octal mode"));
            return -1;
        }
        perms->mode = (mode_t)val;
    }

    if (virStoragePermsParseId(ctxt, "owner", &uid) < 0 ||
        virStoragePermsParseId(ctxt, "group", &gid) < 0)
        return -1;
    perms->uid = (uid_t)uid;
    perms->gid = (gid_t)gid;

    perms->label = virXPathString("string(./label)", ctxt);
    return 0;
}

/**
 * virStoragePermsFormat:
 * @buf: output
 * @perms: permissions; nothing is written when none is set
 */
void
virStoragePermsFormat(virBuffer *buf, const virStoragePerms *perms)
{
    if (perms->mode == (mode_t)-1 && perms->uid == (uid_t)-1 &&
        perms->gid == (gid_t)-1 && !perms->label)
        return;

    virBufferAddLit(buf, "<permissions>\n");
    virBufferAdjustIndent(buf, 2);
    if (perms->mode != (mode_t)-1)
        virBufferAsprintf(buf, "<mode>0%o</mode>\n", (unsigned int)perms->mode);
    /* an id above INT_MAX reads back the same way as libvirt prints it */
    if (perms->uid != (uid_t)-1)
        virBufferAsprintf(buf, "<owner>%d</owner>\n", (int)perms->uid);
    if (perms->gid != (gid_t)-1)
        virBufferAsprintf(buf, "<group>%d</group>\n", (int)perms->gid);
    virBufferEscapeString(buf, "<label>%s</label>\n", perms->label);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</permissions>\n");
}

/**
 * virStorageSecretLookupClear:
 * @def: secret reference to release
 */
void
virStorageSecretLookupClear(virStorageSecretLookup *def)
{
    if (!def)
        return;
    g_clear_pointer(&def->usage, g_free);
    memset(def->uuid, 0, sizeof(def->uuid));
    def->type = VIR_STORAGE_SECRET_LOOKUP_NONE;
}

/**
 * virStorageSecretLookupParseXML:
 * @node: a <secret> element
 * @def: filled with its uuid or usage
 *
 * Returns 0 on success, -1 with an error reported.
 */
int
virStorageSecretLookupParseXML(xmlNodePtr node, virStorageSecretLookup *def)
{
    g_autofree char *uuid = virXMLPropString(node, "uuid");
    g_autofree char *usage = virXMLPropString(node, "usage");

    if (!uuid && !usage) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("missing secret uuid or usage attribute"));
        return -1;
    }
    if (uuid && usage) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("either secret uuid or usage expected"));
        return -1;
    }
    if (uuid) {
        if (virUUIDParse(uuid, def->uuid) < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("invalid secret uuid '%1$s'"), uuid);
            return -1;
        }
        def->type = VIR_STORAGE_SECRET_LOOKUP_UUID;
    } else {
        def->usage = g_steal_pointer(&usage);
        def->type = VIR_STORAGE_SECRET_LOOKUP_USAGE;
    }
    return 0;
}

/**
 * virStorageSecretLookupFormat:
 * @buf: output
 * @secrettype: value of the type attribute, or NULL
 * @def: the reference
 *
 * Writes <secret [type='...'] uuid='...'|usage='...'/>.
 */
void
virStorageSecretLookupFormat(virBuffer *buf, const char *secrettype,
                             const virStorageSecretLookup *def)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virBufferAddLit(buf, "<secret");
    virBufferEscapeString(buf, " type='%s'", secrettype);
    switch (def->type) {
    case VIR_STORAGE_SECRET_LOOKUP_UUID:
        virBufferAsprintf(buf, " uuid='%s'", virUUIDFormat(def->uuid, uuidstr));
        break;
    case VIR_STORAGE_SECRET_LOOKUP_USAGE:
        virBufferEscapeString(buf, " usage='%s'", def->usage);
        break;
    case VIR_STORAGE_SECRET_LOOKUP_NONE:
    case VIR_STORAGE_SECRET_LOOKUP_LAST:
    default:
        break;
    }
    virBufferAddLit(buf, "/>\n");
}

/**
 * virStorageAuthDefFree:
 * @auth: authentication to free; NULL is fine
 */
void
virStorageAuthDefFree(virStorageAuthDef *auth)
{
    if (!auth)
        return;
    g_free(auth->username);
    g_free(auth->secrettype);
    virStorageSecretLookupClear(&auth->seclookup);
    g_free(auth);
}

static virStorageAuthDef *
virStorageAuthDefParseXML(xmlXPathContextPtr ctxt)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virStorageAuthDef) auth = g_new0(virStorageAuthDef, 1);
    g_autofree char *type = NULL;
    xmlNodePtr secret;

    if (!(auth->username = virXPathString("string(./@username)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing username for auth"));
        return NULL;
    }
    if ((type = virXPathString("string(./@type)", ctxt))) {
        int val = virStorageAuthTypeFromString(type);

        if (val < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown auth type '%1$s'"), type);
            return NULL;
        }
        auth->authType = val;
    }
    if (!(secret = virXPathNode("./secret", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing <secret> element in auth"));
        return NULL;
    }
    auth->secrettype = virXMLPropString(secret, "type");
    if (virStorageSecretLookupParseXML(secret, &auth->seclookup) < 0)
        return NULL;
    return g_steal_pointer(&auth);
}

static void
virStorageAuthDefFormat(virBuffer *buf, const virStorageAuthDef *auth)
{
    virBufferAsprintf(buf, "<auth type='%s' ", virStorageAuthTypeToString(auth->authType));
    virBufferEscapeString(buf, "username='%s'>\n", auth->username);
    virBufferAdjustIndent(buf, 2);
    virStorageSecretLookupFormat(buf, auth->secrettype, &auth->seclookup);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</auth>\n");
}


/* ---- <adapter> ---- */

static void
virStorageAdapterClear(virStorageAdapter *adapter)
{
    g_clear_pointer(&adapter->name, g_free);
    g_clear_pointer(&adapter->parent, g_free);
    g_clear_pointer(&adapter->parentWwnn, g_free);
    g_clear_pointer(&adapter->parentWwpn, g_free);
    g_clear_pointer(&adapter->parentFabricWwn, g_free);
    g_clear_pointer(&adapter->wwnn, g_free);
    g_clear_pointer(&adapter->wwpn, g_free);
}

static int
virStorageAdapterParseXML(xmlXPathContextPtr ctxt, virStorageAdapter *adapter)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    xmlNodePtr node = ctxt->node;
    unsigned int type = VIR_STORAGE_ADAPTER_TYPE_DEFAULT;
    int rc;

    if ((rc = virXMLPropEnum(node, "type", virStorageAdapterTypeFromString,
                             VIR_XML_PROP_NONZERO, &type)) < 0)
        return -1;

    if (rc == 0) {
        /* the form before adapter types: <adapter name='host0'/> */
        if ((adapter->name = virXMLPropString(node, "name")))
            adapter->type = VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST;
        return 0;
    }
    adapter->type = type;

    switch ((virStorageAdapterType)adapter->type) {
    case VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST: {
        xmlNodePtr addrNode;
        int uniqueId;

        adapter->name = virXMLPropString(node, "name");
        if (!(ctxt->node = virXPathNode("./parentaddr", ctxt)))
            return 0;
        if (!(addrNode = virXPathNode("./address", ctxt))) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Missing scsi_host PCI address element"));
            return -1;
        }
        adapter->hasParentAddr = true;
        if (virPCIAddressParseXML(addrNode, &adapter->parentAddr) < 0)
            return -1;
        if (virXPathInt("string(./@unique_id)", ctxt, &uniqueId) < 0 || uniqueId < 0) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Missing or invalid scsi adapter 'unique_id' value"));
            return -1;
        }
        adapter->uniqueId = uniqueId;
        return 0;
    }
    case VIR_STORAGE_ADAPTER_TYPE_FC_HOST:
        adapter->parent = virXMLPropString(node, "parent");
        adapter->parentWwnn = virXMLPropString(node, "parent_wwnn");
        adapter->parentWwpn = virXMLPropString(node, "parent_wwpn");
        adapter->parentFabricWwn = virXMLPropString(node, "parent_fabric_wwn");
        adapter->wwnn = virXMLPropString(node, "wwnn");
        adapter->wwpn = virXMLPropString(node, "wwpn");
        return virXMLPropTristateBool(node, "managed", VIR_XML_PROP_NONE,
                                      &adapter->managed) < 0 ? -1 : 0;
    case VIR_STORAGE_ADAPTER_TYPE_DEFAULT:
    case VIR_STORAGE_ADAPTER_TYPE_LAST:
    default:
        virReportEnumRangeError(virStorageAdapterType, adapter->type);
        return -1;
    }
}

/* A world wide name: 16 hex digits, optionally after "0x". */
static int
virStorageAdapterValidateWWN(const char *wwn)
{
    const char *p = wwn;
    size_t i;

    if (g_str_has_prefix(p, "0x"))
        p += 2;
    for (i = 0; p[i]; i++) {
        if (!g_ascii_isxdigit(p[i]))
            break;
    }
    if (i != 16 || p[i]) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Malformed wwn: %1$s"), wwn);
        return -1;
    }
    return 0;
}

static int
virStorageAdapterValidate(const virStorageAdapter *adapter)
{
    switch ((virStorageAdapterType)adapter->type) {
    case VIR_STORAGE_ADAPTER_TYPE_DEFAULT:
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool source adapter"));
        return -1;
    case VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST:
        if (!adapter->name && !adapter->hasParentAddr) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Either 'name' or 'parent' must be specified for the 'scsi_host' adapter"));
            return -1;
        }
        if (adapter->name && adapter->hasParentAddr) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Both 'name' and 'parent' cannot be specified for the 'scsi_host' adapter"));
            return -1;
        }
        return 0;
    case VIR_STORAGE_ADAPTER_TYPE_FC_HOST:
        if (!adapter->wwnn || !adapter->wwpn) {
            /* libvirt spells the type without its underscore here */
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'wwnn' and 'wwpn' must be specified for adapter type 'fchost'"));
            return -1;
        }
        if (virStorageAdapterValidateWWN(adapter->wwnn) < 0 ||
            virStorageAdapterValidateWWN(adapter->wwpn) < 0)
            return -1;
        if (adapter->parentWwnn && !adapter->parentWwpn) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("when providing parent_wwnn='%1$s', the parent_wwpn must also be provided"),
                           adapter->parentWwnn);
            return -1;
        }
        if (!adapter->parentWwnn && adapter->parentWwpn) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("when providing parent_wwpn='%1$s', the parent_wwnn must also be provided"),
                           adapter->parentWwpn);
            return -1;
        }
        if ((adapter->parentWwnn && virStorageAdapterValidateWWN(adapter->parentWwnn) < 0) ||
            (adapter->parentWwpn && virStorageAdapterValidateWWN(adapter->parentWwpn) < 0) ||
            (adapter->parentFabricWwn &&
             virStorageAdapterValidateWWN(adapter->parentFabricWwn) < 0))
            return -1;
        return 0;
    case VIR_STORAGE_ADAPTER_TYPE_LAST:
    default:
        virReportEnumRangeError(virStorageAdapterType, adapter->type);
        return -1;
    }
}

static void
virStorageAdapterFormat(virBuffer *buf, const virStorageAdapter *adapter)
{
    const virStorageAdapterPCIAddress *addr = &adapter->parentAddr;

    switch ((virStorageAdapterType)adapter->type) {
    case VIR_STORAGE_ADAPTER_TYPE_DEFAULT:
    case VIR_STORAGE_ADAPTER_TYPE_LAST:
    default:
        return;
    case VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST:
        virBufferAddLit(buf, "<adapter type='scsi_host'");
        virBufferEscapeString(buf, " name='%s'", adapter->name);
        if (!adapter->hasParentAddr) {
            virBufferAddLit(buf, "/>\n");
            return;
        }
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<parentaddr unique_id='%d'>\n", adapter->uniqueId);
        virBufferAdjustIndent(buf, 2);
        /* the function is printed in decimal after "0x", as libvirt does;
         * only an otherwise empty address can have one above 7 */
        virBufferAsprintf(buf,
                          "<address domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%u'/>\n",
                          addr->domain, addr->bus, addr->slot, addr->function);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</parentaddr>\n");
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</adapter>\n");
        return;
    case VIR_STORAGE_ADAPTER_TYPE_FC_HOST:
        virBufferAddLit(buf, "<adapter type='fc_host'");
        virBufferEscapeString(buf, " parent='%s'", adapter->parent);
        virBufferEscapeString(buf, " parent_wwnn='%s'", adapter->parentWwnn);
        virBufferEscapeString(buf, " parent_wwpn='%s'", adapter->parentWwpn);
        virBufferEscapeString(buf, " parent_fabric_wwn='%s'", adapter->parentFabricWwn);
        if (adapter->managed != VIR_TRISTATE_BOOL_ABSENT)
            virBufferAsprintf(buf, " managed='%s'",
                              virTristateBoolTypeToString(adapter->managed));
        virBufferEscapeString(buf, " wwnn='%s'", adapter->wwnn);
        virBufferEscapeString(buf, " wwpn='%s'", adapter->wwpn);
        virBufferAddLit(buf, "/>\n");
        return;
    }
}


/* ---- the pool ---- */

static void
virStoragePoolSourceClear(virStoragePoolSource *source)
{
    size_t i;

    for (i = 0; i < source->nhosts; i++)
        g_free(source->hosts[i].name);
    g_clear_pointer(&source->hosts, g_free);
    source->nhosts = 0;
    for (i = 0; i < source->ndevices; i++)
        g_free(source->devices[i].path);
    g_clear_pointer(&source->devices, g_free);
    source->ndevices = 0;
    g_clear_pointer(&source->dir, g_free);
    virStorageAdapterClear(&source->adapter);
    g_clear_pointer(&source->name, g_free);
    g_clear_pointer(&source->initiatorIqn, g_free);
    g_clear_pointer(&source->auth, virStorageAuthDefFree);
    g_clear_pointer(&source->vendor, g_free);
    g_clear_pointer(&source->product, g_free);
    g_clear_pointer(&source->protocolVer, g_free);
}

/**
 * virStoragePoolDefFree:
 * @def: definition to free; NULL and half-parsed definitions are fine
 */
void
virStoragePoolDefFree(virStoragePoolDef *def)
{
    if (!def)
        return;
    g_free(def->name);
    virStoragePoolSourceClear(&def->source);
    g_free(def->target.path);
    virStoragePermsClear(&def->target.perms);
    g_free(def);
}

static int
virStoragePoolSourceParseHosts(xmlXPathContextPtr ctxt, virStoragePoolSource *source)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./host", ctxt, &nodes)) <= 0)
        return n;
    source->hosts = g_new0(virStoragePoolSourceHost, n);
    for (i = 0; i < (size_t)n; i++) {
        virStoragePoolSourceHost *host = &source->hosts[source->nhosts++];

        if (!(host->name = virXMLPropString(nodes[i], "name"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool host name"));
            return -1;
        }
        if (virXMLPropInt(nodes[i], "port", 10, VIR_XML_PROP_NONE, &host->port, 0) < 0)
            return -1;
    }
    return 0;
}

static int
virStoragePoolSourceParseDevices(xmlXPathContextPtr ctxt, virStoragePoolSource *source)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./device", ctxt, &nodes)) <= 0)
        return n;
    source->devices = g_new0(virStoragePoolSourceDevice, n);
    for (i = 0; i < (size_t)n; i++) {
        virStoragePoolSourceDevice *dev = &source->devices[source->ndevices++];

        if (!(dev->path = virXMLPropString(nodes[i], "path"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("missing storage pool source device path"));
            return -1;
        }
        if (virXMLPropTristateBool(nodes[i], "part_separator", VIR_XML_PROP_NONE,
                                   &dev->partSeparator) < 0)
            return -1;
    }
    return 0;
}

static int
virStoragePoolSourceParseXML(xmlXPathContextPtr ctxt, virStoragePoolSource *source,
                             virStoragePoolType type, const virStoragePoolOptions *options)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree char *format = NULL;
    g_autofree char *dir = NULL;
    xmlNodePtr node;

    if (!(ctxt->node = virXPathNode("./source", ctxt)))
        return 0;

    source->name = virXPathString("string(./name)", ctxt);
    /* checked here, so only a pool with a <source> gets this message */
    if (type == VIR_STORAGE_POOL_RBD && !source->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("element 'name' is mandatory for RBD pool"));
        return -1;
    }

    if (options->formatFromString &&
        (format = virXPathString("string(./format/@type)", ctxt))) {
        if ((source->format = options->formatFromString(format)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("unknown pool format type %1$s"), format);
            return -1;
        }
    }

    if (virStoragePoolSourceParseHosts(ctxt, source) < 0)
        return -1;

    source->initiatorIqn = virXPathString("string(./initiator/iqn/@name)", ctxt);

    if (virStoragePoolSourceParseDevices(ctxt, source) < 0)
        return -1;

    if ((dir = virXPathString("string(./dir/@path)", ctxt)))
        source->dir = virStoragePathSanitize(dir);

    if ((node = virXPathNode("./adapter", ctxt))) {
        VIR_XPATH_NODE_AUTORESTORE_NAME(adapterSave, ctxt);

        ctxt->node = node;
        if (virStorageAdapterParseXML(ctxt, &source->adapter) < 0)
            return -1;
    }

    if ((node = virXPathNode("./auth", ctxt))) {
        VIR_XPATH_NODE_AUTORESTORE_NAME(authSave, ctxt);

        ctxt->node = node;
        if (!(source->auth = virStorageAuthDefParseXML(ctxt)))
            return -1;
        if (source->auth->authType == VIR_STORAGE_AUTH_TYPE_NONE) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("storage pool missing auth type"));
            return -1;
        }
    }

    source->vendor = virXPathString("string(./vendor/@name)", ctxt);
    source->product = virXPathString("string(./product/@name)", ctxt);
    source->protocolVer = virXPathString("string(./protocol/@ver)", ctxt);
    return 0;
}

/* The checks of the pool as a whole, in libvirt's order. */
static int
virStoragePoolDefCheckSource(virStoragePoolDef *def, const virStoragePoolOptions *options)
{
    virStoragePoolSource *source = &def->source;

    if ((options->flags & VIR_STORAGE_POOL_SOURCE_HOST) && source->nhosts == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("missing storage pool source host name"));
        return -1;
    }

    if ((options->flags & VIR_STORAGE_POOL_SOURCE_DIR) && !source->dir) {
        /* a gluster volume is used from its root unless told otherwise */
        if (def->type != VIR_STORAGE_POOL_GLUSTER) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool source path"));
            return -1;
        }
        source->dir = g_strdup("/");
    }

    if ((options->flags & VIR_STORAGE_POOL_SOURCE_NAME) && !source->name)
        source->name = g_strdup(def->name);

    if ((options->flags & VIR_STORAGE_POOL_SOURCE_ADAPTER) &&
        virStorageAdapterValidate(&source->adapter) < 0)
        return -1;

    if ((options->flags & VIR_STORAGE_POOL_NEED_DEVICE) && source->ndevices == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("missing storage pool source device name"));
        return -1;
    }

    if ((options->flags & VIR_STORAGE_POOL_NEED_INITIATOR) && !source->initiatorIqn) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("missing initiator IQN"));
        return -1;
    }

    if (def->type == VIR_STORAGE_POOL_NETFS && source->protocolVer &&
        source->format == VIR_STORAGE_POOL_NETFS_CIFS) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("storage pool protocol ver unsupported for pool type '%1$s'"),
                       virStoragePoolFormatFileSystemNetTypeToString(source->format));
        return -1;
    }
    return 0;
}

static int
virStoragePoolDefParseTarget(xmlXPathContextPtr ctxt, virStoragePoolDef *def)
{
    g_autofree char *path = NULL;

    switch ((virStoragePoolType)def->type) {
    case VIR_STORAGE_POOL_LOGICAL:
        /* the volume group's directory, whatever the XML says */
        def->target.path = g_strdup_printf("/dev/%s", def->source.name);
        break;
    case VIR_STORAGE_POOL_ZFS:
        def->target.path = g_strdup_printf("/dev/zvol/%s", def->source.name);
        break;
    case VIR_STORAGE_POOL_DIR:
    case VIR_STORAGE_POOL_FS:
    case VIR_STORAGE_POOL_NETFS:
    case VIR_STORAGE_POOL_DISK:
    case VIR_STORAGE_POOL_ISCSI:
    case VIR_STORAGE_POOL_ISCSI_DIRECT:
    case VIR_STORAGE_POOL_SCSI:
    case VIR_STORAGE_POOL_MPATH:
    case VIR_STORAGE_POOL_RBD:
    case VIR_STORAGE_POOL_SHEEPDOG:
    case VIR_STORAGE_POOL_GLUSTER:
    case VIR_STORAGE_POOL_VSTORAGE:
        if (!(path = virXPathString("string(./target/path)", ctxt))) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("missing storage pool target path"));
            return -1;
        }
        def->target.path = virStoragePathSanitize(path);
        break;
    case VIR_STORAGE_POOL_LAST:
    default:
        virReportEnumRangeError(virStoragePoolType, def->type);
        return -1;
    }

    return virStoragePermsParseXML(ctxt, "./target/permissions", &def->target.perms);
}

static int
virStoragePoolDefParseFeatures(xmlXPathContextPtr ctxt, virStoragePoolDef *def)
{
    xmlNodePtr cow;

    if (!(cow = virXPathNode("./features/cow", ctxt)))
        return 0;
    if (virXMLPropTristateBool(cow, "state", VIR_XML_PROP_NONE, &def->cow) < 0)
        return -1;
    if (def->cow != VIR_TRISTATE_BOOL_ABSENT &&
        def->type != VIR_STORAGE_POOL_FS && def->type != VIR_STORAGE_POOL_DIR) {
        virReportError(VIR_ERR_NO_SUPPORT, "%s",
                       _("cow feature may only be used for 'fs' and 'dir' pools"));
        return -1;
    }
    return 0;
}

static int
virStoragePoolDefParseRefresh(xmlXPathContextPtr ctxt, virStoragePoolDef *def)
{
    g_autofree char *allocation = NULL;

    if ((allocation = virXPathString("string(./refresh/volume/@allocation)", ctxt))) {
        int val = virStoragePoolRefreshAllocationTypeFromString(allocation);

        if (val < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("unknown storage pool volume refresh allocation type %1$s"),
                           allocation);
            return -1;
        }
        def->hasRefresh = true;
        def->refreshAllocation = val;
    }
    return 0;
}

/**
 * virStoragePoolDefParseXML:
 * @ctxt: XPath context on a <pool> element
 *
 * Returns the definition (caller frees), or NULL with an error reported.
 */
virStoragePoolDef *
virStoragePoolDefParseXML(xmlXPathContextPtr ctxt)
{
    g_autoptr(virStoragePoolDef) def = g_new0(virStoragePoolDef, 1);
    const virStoragePoolOptions *options;
    g_autofree char *uuid = NULL;
    unsigned int type = 0;

    def->target.perms.mode = (mode_t)-1;
    def->target.perms.uid = (uid_t)-1;
    def->target.perms.gid = (gid_t)-1;

    if (virXMLPropEnum(ctxt->node, "type", virStoragePoolTypeFromString,
                       VIR_XML_PROP_REQUIRED, &type) < 0)
        return NULL;
    def->type = type;
    if (!(options = virStoragePoolOptionsForType(def->type))) {
        virReportEnumRangeError(virStoragePoolType, def->type);
        return NULL;
    }
    def->source.format = options->defaultFormat;

    if (virStoragePoolSourceParseXML(ctxt, &def->source, def->type, options) < 0)
        return NULL;

    def->name = virXPathString("string(./name)", ctxt);
    if (!def->name && (options->flags & VIR_STORAGE_POOL_SOURCE_NAME))
        def->name = g_strdup(def->source.name);
    if (!def->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing pool source name element"));
        return NULL;
    }
    if (strchr(def->name, '/')) {
        virReportError(VIR_ERR_XML_ERROR, _("name %1$s cannot contain '/'"), def->name);
        return NULL;
    }

    if (!(uuid = virXPathString("string(./uuid)", ctxt))) {
        virUUIDGenerate(def->uuid);
    } else if (virUUIDParse(uuid, def->uuid) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed uuid element"));
        return NULL;
    }

    if (virStoragePoolDefParseFeatures(ctxt, def) < 0 ||
        virStoragePoolDefCheckSource(def, options) < 0)
        return NULL;

    if (!(options->flags & VIR_STORAGE_POOL_SOURCE_NETWORK) &&
        virStoragePoolDefParseTarget(ctxt, def) < 0)
        return NULL;

    if (virStoragePoolDefParseRefresh(ctxt, def) < 0)
        return NULL;

    return g_steal_pointer(&def);
}

static virStoragePoolDef *
virStoragePoolDefParse(const char *xml, const char *filename)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParse(filename, xml, filename ? NULL : "(storage_pool_definition)",
                            "pool", &ctxt, VIR_FROM_STORAGE)))
        return NULL;
    return virStoragePoolDefParseXML(ctxt);
}

/**
 * virStoragePoolDefParseString:
 * @xml: a <pool> document
 * @flags: none is supported yet (schema validation is the caller's)
 *
 * Returns the definition (caller frees), or NULL with an error reported,
 * worded as libvirt words it.  A missing UUID is generated.
 */
virStoragePoolDef *
virStoragePoolDefParseString(const char *xml, unsigned int flags)
{
    virCheckFlags(0, NULL);
    return virStoragePoolDefParse(xml, NULL);
}

/**
 * virStoragePoolDefParseFile:
 * @filename: file holding a <pool> document
 * @flags: as virStoragePoolDefParseString()
 *
 * Returns the definition (caller frees), or NULL with an error reported.
 */
virStoragePoolDef *
virStoragePoolDefParseFile(const char *filename, unsigned int flags)
{
    virCheckFlags(0, NULL);
    return virStoragePoolDefParse(NULL, filename);
}

static void
virStoragePoolSourceFormat(virBuffer *buf, const virStoragePoolDef *def,
                           const virStoragePoolOptions *options)
{
    const virStoragePoolSource *source = &def->source;
    size_t i;

    virBufferAddLit(buf, "<source>\n");
    virBufferAdjustIndent(buf, 2);

    if (options->flags & VIR_STORAGE_POOL_SOURCE_HOST) {
        for (i = 0; i < source->nhosts; i++) {
            virBufferEscapeString(buf, "<host name='%s'", source->hosts[i].name);
            if (source->hosts[i].port)
                virBufferAsprintf(buf, " port='%d'", source->hosts[i].port);
            virBufferAddLit(buf, "/>\n");
        }
    }

    if (options->flags & VIR_STORAGE_POOL_SOURCE_DEVICE) {
        for (i = 0; i < source->ndevices; i++) {
            virBufferEscapeString(buf, "<device path='%s'", source->devices[i].path);
            if (source->devices[i].partSeparator != VIR_TRISTATE_BOOL_ABSENT)
                virBufferAsprintf(buf, " part_separator='%s'",
                                  virTristateBoolTypeToString(source->devices[i].partSeparator));
            virBufferAddLit(buf, "/>\n");
        }
    }

    if (options->flags & VIR_STORAGE_POOL_SOURCE_DIR)
        virBufferEscapeString(buf, "<dir path='%s'/>\n", source->dir);

    if (options->flags & VIR_STORAGE_POOL_SOURCE_ADAPTER)
        virStorageAdapterFormat(buf, &source->adapter);

    if (options->flags & VIR_STORAGE_POOL_SOURCE_NAME)
        virBufferEscapeString(buf, "<name>%s</name>\n", source->name);

    if ((options->flags & VIR_STORAGE_POOL_SOURCE_INITIATOR) && source->initiatorIqn) {
        virBufferAddLit(buf, "<initiator>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferEscapeString(buf, "<iqn name='%s'/>\n", source->initiatorIqn);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</initiator>\n");
    }

    if (options->formatToString)
        virBufferAsprintf(buf, "<format type='%s'/>\n",
                          options->formatToString(source->format));

    if (source->auth)
        virStorageAuthDefFormat(buf, source->auth);

    virBufferEscapeString(buf, "<protocol ver='%s'/>\n", source->protocolVer);
    virBufferEscapeString(buf, "<vendor name='%s'/>\n", source->vendor);
    virBufferEscapeString(buf, "<product name='%s'/>\n", source->product);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</source>\n");
}

/**
 * virStoragePoolDefFormat:
 * @def: the definition
 *
 * Returns the <pool> document laid out as libvirt lays it out (caller
 * frees), or NULL with an error reported for a corrupt definition.
 */
char *
virStoragePoolDefFormat(const virStoragePoolDef *def)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    const virStoragePoolOptions *options = virStoragePoolOptionsForType(def->type);
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    if (!options) {
        virReportEnumRangeError(virStoragePoolType, def->type);
        return NULL;
    }
    if (options->formatToString && !options->formatToString(def->source.format)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("unknown pool format number %1$d"), def->source.format);
        return NULL;
    }

    virBufferAsprintf(&buf, "<pool type='%s'>\n", virStoragePoolTypeToString(def->type));
    virBufferAdjustIndent(&buf, 2);
    virBufferEscapeString(&buf, "<name>%s</name>\n", def->name);
    virBufferAsprintf(&buf, "<uuid>%s</uuid>\n", virUUIDFormat(def->uuid, uuidstr));
    virBufferAsprintf(&buf, "<capacity unit='bytes'>%llu</capacity>\n", def->capacity);
    virBufferAsprintf(&buf, "<allocation unit='bytes'>%llu</allocation>\n", def->allocation);
    virBufferAsprintf(&buf, "<available unit='bytes'>%llu</available>\n", def->available);

    if (def->cow != VIR_TRISTATE_BOOL_ABSENT) {
        virBufferAddLit(&buf, "<features>\n");
        virBufferAsprintf(&buf, "  <cow state='%s'/>\n", virTristateBoolTypeToString(def->cow));
        virBufferAddLit(&buf, "</features>\n");
    }

    virStoragePoolSourceFormat(&buf, def, options);

    if (!(options->flags & VIR_STORAGE_POOL_SOURCE_NETWORK)) {
        virBufferAddLit(&buf, "<target>\n");
        virBufferAdjustIndent(&buf, 2);
        virBufferEscapeString(&buf, "<path>%s</path>\n", def->target.path);
        virStoragePermsFormat(&buf, &def->target.perms);
        virBufferAdjustIndent(&buf, -2);
        virBufferAddLit(&buf, "</target>\n");
    }

    if (def->hasRefresh) {
        virBufferAddLit(&buf, "<refresh>\n");
        virBufferAsprintf(&buf, "  <volume allocation='%s'/>\n",
                          virStoragePoolRefreshAllocationTypeToString(def->refreshAllocation));
        virBufferAddLit(&buf, "</refresh>\n");
    }

    virBufferAdjustIndent(&buf, -2);
    virBufferAddLit(&buf, "</pool>\n");
    return virBufferContentAndReset(&buf);
}
