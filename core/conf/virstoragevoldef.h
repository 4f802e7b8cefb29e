/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virstoragevoldef.h: storage volume XML definition (parse, format, free)
 *
 * A volume is read in the context of its pool: the pool type decides
 * which formats a volume may have (file formats, partition types, none).
 */
#pragma once

#include <libxml/xpath.h>

#include "internal.h"
#include "virenum.h"
#include "virstoragepooldef.h"

/* The volume types are the public virStorageVolType, whose sentinel the
 * public header declares only under VIR_ENUM_SENTINELS. */
#define VIR_STORAGE_VOL_TYPE_LAST (VIR_STORAGE_VOL_PLOOP + 1)
VIR_ENUM_DECL(virStorageVol);

/* Image file formats, shared with the <driver type=...> of domain disks. */
typedef enum {
    VIR_STORAGE_FILE_NONE = 0,
    VIR_STORAGE_FILE_RAW,
    VIR_STORAGE_FILE_DIR,
    VIR_STORAGE_FILE_BOCHS,
    VIR_STORAGE_FILE_CLOOP,
    VIR_STORAGE_FILE_DMG,
    VIR_STORAGE_FILE_ISO,
    VIR_STORAGE_FILE_VPC,
    VIR_STORAGE_FILE_VDI,
    VIR_STORAGE_FILE_FAT,
    VIR_STORAGE_FILE_VHD,
    VIR_STORAGE_FILE_PLOOP,
    VIR_STORAGE_FILE_COW,
    VIR_STORAGE_FILE_QCOW,
    VIR_STORAGE_FILE_QCOW2,
    VIR_STORAGE_FILE_QED,
    VIR_STORAGE_FILE_VMDK,

    VIR_STORAGE_FILE_LAST
} virStorageFileFormat;
VIR_ENUM_DECL(virStorageFileFormat);

/* Partition types of the volumes of a disk pool. */
typedef enum {
    VIR_STORAGE_VOL_DISK_NONE = 0,
    VIR_STORAGE_VOL_DISK_LINUX,
    VIR_STORAGE_VOL_DISK_FAT16,
    VIR_STORAGE_VOL_DISK_FAT32,
    VIR_STORAGE_VOL_DISK_LINUX_SWAP,
    VIR_STORAGE_VOL_DISK_LINUX_LVM,
    VIR_STORAGE_VOL_DISK_LINUX_RAID,
    VIR_STORAGE_VOL_DISK_EXTENDED,

    VIR_STORAGE_VOL_DISK_LAST
} virStorageVolFormatDisk;
VIR_ENUM_DECL(virStorageVolFormatDisk);

/* <target><features> of qcow2 images */
typedef enum {
    VIR_STORAGE_FILE_FEATURE_LAZY_REFCOUNTS = 0,
    VIR_STORAGE_FILE_FEATURE_EXTENDED_L2,

    VIR_STORAGE_FILE_FEATURE_LAST
} virStorageFileFeature;
VIR_ENUM_DECL(virStorageFileFeature);

typedef enum {
    VIR_STORAGE_ENCRYPTION_FORMAT_DEFAULT = 0,
    VIR_STORAGE_ENCRYPTION_FORMAT_QCOW,
    VIR_STORAGE_ENCRYPTION_FORMAT_LUKS,
    VIR_STORAGE_ENCRYPTION_FORMAT_LUKS2,

    VIR_STORAGE_ENCRYPTION_FORMAT_LAST
} virStorageEncryptionFormat;
VIR_ENUM_DECL(virStorageEncryptionFormat);

typedef enum {
    VIR_STORAGE_ENCRYPTION_ENGINE_DEFAULT = 0,
    VIR_STORAGE_ENCRYPTION_ENGINE_QEMU,
    VIR_STORAGE_ENCRYPTION_ENGINE_LIBRBD,

    VIR_STORAGE_ENCRYPTION_ENGINE_LAST
} virStorageEncryptionEngine;
VIR_ENUM_DECL(virStorageEncryptionEngine);

typedef enum {
    VIR_STORAGE_ENCRYPTION_SECRET_TYPE_PASSPHRASE = 0,

    VIR_STORAGE_ENCRYPTION_SECRET_TYPE_LAST
} virStorageEncryptionSecretType;
VIR_ENUM_DECL(virStorageEncryptionSecret);

typedef struct _virStorageEncryptionSecret virStorageEncryptionSecret;
struct _virStorageEncryptionSecret {
    virStorageEncryptionSecretType type;
    virStorageSecretLookup seclookup;
};

typedef struct _virStorageEncryption virStorageEncryption;
struct _virStorageEncryption {
    virStorageEncryptionFormat format;
    virStorageEncryptionEngine engine;
    size_t nsecrets;
    virStorageEncryptionSecret *secrets;
    char *cipherName;                 /* NULL: no <cipher> */
    unsigned int cipherSize;
    char *cipherMode;
    char *cipherHash;
    char *ivgenName;                  /* NULL: no <ivgen> */
    char *ivgenHash;
};

typedef struct _virStorageVolBackingStore virStorageVolBackingStore;
struct _virStorageVolBackingStore {
    char *path;
    int format;                       /* as the volume's target format */
    virStoragePerms perms;
};

typedef struct _virStorageVolTarget virStorageVolTarget;
struct _virStorageVolTarget {
    char *path;
    int format;                       /* enum of the pool type's volume options */
    virStoragePerms perms;
    virStorageEncryption *encryption;
    char *compat;                     /* qcow2 compatibility level, "1.1" */
    unsigned long long clusterSize;   /* bytes; 0: not given */
    bool nocow;
    bool hasFeatures;                 /* <features> given, even empty */
    bool features[VIR_STORAGE_FILE_FEATURE_LAST];
};

typedef struct _virStorageVolDef virStorageVolDef;
struct _virStorageVolDef {
    char *name;
    char *key;
    virStorageVolType type;

    unsigned long long capacity;      /* bytes */
    unsigned long long allocation;    /* bytes; the capacity when not given */
    unsigned long long physical;      /* bytes on disk; filled by drivers, never parsed */

    virStorageVolTarget target;
    virStorageVolBackingStore *backingStore;
};

typedef enum {
    /* <capacity> may be absent (cloning takes it from the source) */
    VIR_STORAGE_VOL_DEF_PARSE_NO_CAPACITY = 1 << 0,
    /* <capacity> may be absent when there is a <backingStore> */
    VIR_STORAGE_VOL_DEF_PARSE_OPT_CAPACITY = 1 << 1,
} virStorageVolDefParseFlags;

virStorageVolDef *virStorageVolDefParseString(const virStoragePoolDef *pool,
                                              const char *xml, unsigned int flags);
virStorageVolDef *virStorageVolDefParseFile(const virStoragePoolDef *pool,
                                            const char *filename, unsigned int flags);
virStorageVolDef *virStorageVolDefParseXML(const virStoragePoolDef *pool,
                                           xmlXPathContextPtr ctxt, unsigned int flags);
char *virStorageVolDefFormat(const virStoragePoolDef *pool, const virStorageVolDef *def);
void virStorageVolDefFree(virStorageVolDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageVolDef, virStorageVolDefFree);

void virStorageEncryptionFree(virStorageEncryption *enc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageEncryption, virStorageEncryptionFree);
