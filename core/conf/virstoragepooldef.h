/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virstoragepooldef.h: storage pool XML definition (parse, format, free)
 *
 * Also the pieces of storage XML that volumes share with pools:
 * <permissions>, and the <secret> reference of <auth> and <encryption>.
 */
#pragma once

#include <sys/types.h>

#include <libxml/xpath.h>

#include "internal.h"
#include "virpciaddr.h"
#include "virbuffer.h"
#include "virenum.h"

typedef enum {
    VIR_STORAGE_POOL_DIR = 0,
    VIR_STORAGE_POOL_FS,
    VIR_STORAGE_POOL_NETFS,
    VIR_STORAGE_POOL_LOGICAL,
    VIR_STORAGE_POOL_DISK,
    VIR_STORAGE_POOL_ISCSI,
    VIR_STORAGE_POOL_ISCSI_DIRECT,
    VIR_STORAGE_POOL_SCSI,
    VIR_STORAGE_POOL_MPATH,
    VIR_STORAGE_POOL_RBD,
    VIR_STORAGE_POOL_SHEEPDOG,
    VIR_STORAGE_POOL_GLUSTER,
    VIR_STORAGE_POOL_ZFS,
    VIR_STORAGE_POOL_VSTORAGE,

    VIR_STORAGE_POOL_LAST
} virStoragePoolType;
VIR_ENUM_DECL(virStoragePool);

/* <source><format type='...'/> of an fs pool */
typedef enum {
    VIR_STORAGE_POOL_FS_AUTO = 0,
    VIR_STORAGE_POOL_FS_EXT2,
    VIR_STORAGE_POOL_FS_EXT3,
    VIR_STORAGE_POOL_FS_EXT4,
    VIR_STORAGE_POOL_FS_UFS,
    VIR_STORAGE_POOL_FS_ISO,
    VIR_STORAGE_POOL_FS_UDF,
    VIR_STORAGE_POOL_FS_GFS,
    VIR_STORAGE_POOL_FS_GFS2,
    VIR_STORAGE_POOL_FS_VFAT,
    VIR_STORAGE_POOL_FS_HFSPLUS,
    VIR_STORAGE_POOL_FS_XFS,
    VIR_STORAGE_POOL_FS_OCFS2,
    VIR_STORAGE_POOL_FS_VMFS,

    VIR_STORAGE_POOL_FS_LAST
} virStoragePoolFormatFileSystem;
VIR_ENUM_DECL(virStoragePoolFormatFileSystem);

/* ... of a netfs pool */
typedef enum {
    VIR_STORAGE_POOL_NETFS_AUTO = 0,
    VIR_STORAGE_POOL_NETFS_NFS,
    VIR_STORAGE_POOL_NETFS_GLUSTERFS,
    VIR_STORAGE_POOL_NETFS_CIFS,

    VIR_STORAGE_POOL_NETFS_LAST
} virStoragePoolFormatFileSystemNet;
VIR_ENUM_DECL(virStoragePoolFormatFileSystemNet);

/* ... of a disk pool: the partition table */
typedef enum {
    VIR_STORAGE_POOL_DISK_UNKNOWN = 0,
    VIR_STORAGE_POOL_DISK_DOS,
    VIR_STORAGE_POOL_DISK_DVH,
    VIR_STORAGE_POOL_DISK_GPT,
    VIR_STORAGE_POOL_DISK_MAC,
    VIR_STORAGE_POOL_DISK_BSD,
    VIR_STORAGE_POOL_DISK_PC98,
    VIR_STORAGE_POOL_DISK_SUN,
    VIR_STORAGE_POOL_DISK_LVM2,

    VIR_STORAGE_POOL_DISK_LAST
} virStoragePoolFormatDisk;
VIR_ENUM_DECL(virStoragePoolFormatDisk);

/* ... of a logical pool */
typedef enum {
    VIR_STORAGE_POOL_LOGICAL_UNKNOWN = 0,
    VIR_STORAGE_POOL_LOGICAL_LVM2,

    VIR_STORAGE_POOL_LOGICAL_LAST
} virStoragePoolFormatLogical;
VIR_ENUM_DECL(virStoragePoolFormatLogical);

/* <refresh><volume allocation='...'/></refresh> */
typedef enum {
    VIR_STORAGE_POOL_REFRESH_ALLOCATION_DEFAULT = 0,
    VIR_STORAGE_POOL_REFRESH_ALLOCATION_CAPACITY,

    VIR_STORAGE_POOL_REFRESH_ALLOCATION_LAST
} virStoragePoolRefreshAllocation;
VIR_ENUM_DECL(virStoragePoolRefreshAllocation);

typedef enum {
    VIR_STORAGE_AUTH_TYPE_NONE = 0,
    VIR_STORAGE_AUTH_TYPE_CHAP,
    VIR_STORAGE_AUTH_TYPE_CEPHX,

    VIR_STORAGE_AUTH_TYPE_LAST
} virStorageAuthType;
VIR_ENUM_DECL(virStorageAuth);

typedef enum {
    VIR_STORAGE_ADAPTER_TYPE_DEFAULT = 0,   /* no <adapter> */
    VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST,
    VIR_STORAGE_ADAPTER_TYPE_FC_HOST,

    VIR_STORAGE_ADAPTER_TYPE_LAST
} virStorageAdapterType;
VIR_ENUM_DECL(virStorageAdapter);

typedef enum {
    VIR_STORAGE_SECRET_LOOKUP_NONE = 0,
    VIR_STORAGE_SECRET_LOOKUP_UUID,
    VIR_STORAGE_SECRET_LOOKUP_USAGE,

    VIR_STORAGE_SECRET_LOOKUP_LAST
} virStorageSecretLookupType;

/* A <secret uuid='...'/> or <secret usage='...'/> reference. */
typedef struct _virStorageSecretLookup virStorageSecretLookup;
struct _virStorageSecretLookup {
    virStorageSecretLookupType type;
    unsigned char uuid[VIR_UUID_BUFLEN];   /* type UUID */
    char *usage;                           /* type USAGE */
};

/* <permissions>: each member is "not given" when (type)-1 or NULL */
typedef struct _virStoragePerms virStoragePerms;
struct _virStoragePerms {
    mode_t mode;
    uid_t uid;
    gid_t gid;
    char *label;
};

typedef struct _virStorageAuthDef virStorageAuthDef;
struct _virStorageAuthDef {
    virStorageAuthType authType;
    char *username;
    char *secrettype;                 /* <secret type='...'>, as given */
    virStorageSecretLookup seclookup;
};

typedef virPCIAddress virStorageAdapterPCIAddress;

typedef struct _virStorageAdapter virStorageAdapter;
struct _virStorageAdapter {
    virStorageAdapterType type;

    /* scsi_host: either a name or a parent PCI address */
    char *name;
    bool hasParentAddr;
    virStorageAdapterPCIAddress parentAddr;
    int uniqueId;

    /* fc_host */
    char *parent;
    char *parentWwnn;
    char *parentWwpn;
    char *parentFabricWwn;
    char *wwnn;
    char *wwpn;
    virTristateBool managed;
};

typedef struct _virStoragePoolSourceHost virStoragePoolSourceHost;
struct _virStoragePoolSourceHost {
    char *name;
    int port;                         /* 0: not given */
};

typedef struct _virStoragePoolSourceDevice virStoragePoolSourceDevice;
struct _virStoragePoolSourceDevice {
    char *path;
    virTristateBool partSeparator;
};

typedef struct _virStoragePoolSource virStoragePoolSource;
struct _virStoragePoolSource {
    size_t nhosts;
    virStoragePoolSourceHost *hosts;
    size_t ndevices;
    virStoragePoolSourceDevice *devices;
    char *dir;
    virStorageAdapter adapter;
    char *name;                       /* volume group, RBD pool, ... */
    char *initiatorIqn;
    virStorageAuthDef *auth;
    char *vendor;
    char *product;
    char *protocolVer;
    int format;                       /* one of the pool type's format enum */
};

typedef struct _virStoragePoolTarget virStoragePoolTarget;
struct _virStoragePoolTarget {
    char *path;
    virStoragePerms perms;
};

typedef struct _virStoragePoolDef virStoragePoolDef;
struct _virStoragePoolDef {
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    virStoragePoolType type;

    virTristateBool cow;              /* <features><cow state=.../> */
    bool hasRefresh;
    virStoragePoolRefreshAllocation refreshAllocation;

    /* filled by drivers; never parsed */
    unsigned long long capacity;      /* bytes */
    unsigned long long allocation;
    unsigned long long available;

    virStoragePoolSource source;
    virStoragePoolTarget target;
};

/* What a pool type says about the format of its volumes. */
typedef struct _virStorageVolOptions virStorageVolOptions;
struct _virStorageVolOptions {
    int defaultFormat;
    int (*formatFromString)(const char *format);   /* NULL: volumes have no format */
    const char *(*formatToString)(int format);
};

virStoragePoolDef *virStoragePoolDefParseString(const char *xml, unsigned int flags);
virStoragePoolDef *virStoragePoolDefParseFile(const char *filename, unsigned int flags);
virStoragePoolDef *virStoragePoolDefParseXML(xmlXPathContextPtr ctxt);
char *virStoragePoolDefFormat(const virStoragePoolDef *def);
void virStoragePoolDefFree(virStoragePoolDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStoragePoolDef, virStoragePoolDefFree);

const virStorageVolOptions *virStoragePoolTypeGetVolOptions(int type);

int virStoragePermsParseXML(xmlXPathContextPtr ctxt, const char *xpath,
                            virStoragePerms *perms);
void virStoragePermsFormat(virBuffer *buf, const virStoragePerms *perms);
void virStoragePermsClear(virStoragePerms *perms);

int virStorageSecretLookupParseXML(xmlNodePtr node, virStorageSecretLookup *def);
void virStorageSecretLookupFormat(virBuffer *buf, const char *secrettype,
                                  const virStorageSecretLookup *def);
void virStorageSecretLookupClear(virStorageSecretLookup *def);

void virStorageAuthDefFree(virStorageAuthDef *auth);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageAuthDef, virStorageAuthDefFree);

char *virStoragePathSanitize(const char *path);
