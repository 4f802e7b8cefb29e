/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * vircapabilities.h: what a host and its hypervisor offer, formatted as the
 * <capabilities> document of virConnectGetCapabilities(); and virNodeInfo
 *
 * A driver builds a virCaps with the helpers below (everything added is
 * owned by the virCaps) and formats it with virCapabilitiesFormatXML().
 * Architectures, OS types and domain types are kept as the strings the
 * XML shows ("x86_64", "hvm", "kvm").
 */
#pragma once

#include "internal.h"
#include "virenum.h"

/* Features a guest may have (<guest><features>), in the order printed. */
typedef enum {
    VIR_CAPS_GUEST_FEATURE_TYPE_PAE = 0,
    VIR_CAPS_GUEST_FEATURE_TYPE_NONPAE,
    VIR_CAPS_GUEST_FEATURE_TYPE_IA64_BE,
    VIR_CAPS_GUEST_FEATURE_TYPE_ACPI,
    VIR_CAPS_GUEST_FEATURE_TYPE_APIC,
    VIR_CAPS_GUEST_FEATURE_TYPE_CPUSELECTION,
    VIR_CAPS_GUEST_FEATURE_TYPE_DEVICEBOOT,
    VIR_CAPS_GUEST_FEATURE_TYPE_DISKSNAPSHOT,
    VIR_CAPS_GUEST_FEATURE_TYPE_HAP,

    VIR_CAPS_GUEST_FEATURE_TYPE_LAST
} virCapsGuestFeatureType;
VIR_ENUM_DECL(virCapsGuestFeature);

/* Host suspend targets (<power_management>), as bits. */
typedef enum {
    VIR_CAPS_HOST_PM_SUSPEND_MEM = 1 << 0,
    VIR_CAPS_HOST_PM_SUSPEND_DISK = 1 << 1,
    VIR_CAPS_HOST_PM_SUSPEND_HYBRID = 1 << 2,
} virCapsHostPMTarget;

typedef struct _virCapsHostCPU virCapsHostCPU;
struct _virCapsHostCPU {
    char *model;
    char *vendor;
    bool hasSignature;
    unsigned int family;
    unsigned int signatureModel;
    unsigned int stepping;
    unsigned int sockets;                /* 0: no <topology> */
    unsigned int dies;
    unsigned int cores;
    unsigned int threads;
    char *maxPhysAddrMode;               /* NULL: no <maxphysaddr> */
    unsigned int maxPhysAddrBits;        /* 0: not printed */
    size_t nfeatures;
    char **features;                     /* <feature name='...'/> */
};

typedef struct _virCapsHostNUMACellCPU virCapsHostNUMACellCPU;
struct _virCapsHostNUMACellCPU {
    unsigned int id;
    unsigned int socketId;
    unsigned int dieId;
    unsigned int coreId;
    size_t nsiblings;                    /* 0: topology unknown, only the id */
    unsigned int *siblings;              /* ascending CPU ids */
};

typedef struct _virCapsHostNUMACellPageInfo virCapsHostNUMACellPageInfo;
struct _virCapsHostNUMACellPageInfo {
    unsigned int size;                   /* KiB */
    unsigned long long avail;            /* pages */
};

typedef struct _virCapsHostNUMACellDistance virCapsHostNUMACellDistance;
struct _virCapsHostNUMACellDistance {
    int node;
    unsigned int distance;
};

typedef struct _virCapsHostNUMACell virCapsHostNUMACell;
struct _virCapsHostNUMACell {
    int num;
    unsigned long long mem;              /* KiB */
    size_t ncpus;
    virCapsHostNUMACellCPU *cpus;
    size_t npageinfo;
    virCapsHostNUMACellPageInfo *pageinfo;
    size_t ndistances;
    virCapsHostNUMACellDistance *distances;
};

typedef struct _virCapsHostSecModelLabel virCapsHostSecModelLabel;
struct _virCapsHostSecModelLabel {
    char *type;                          /* virt type, "kvm" */
    char *label;
};

typedef struct _virCapsHostSecModel virCapsHostSecModel;
struct _virCapsHostSecModel {
    char *model;
    char *doi;
    size_t nlabels;
    virCapsHostSecModelLabel **labels;
};

typedef struct _virCapsHost virCapsHost;
struct _virCapsHost {
    char *arch;
    bool hasUUID;
    unsigned char uuid[VIR_UUID_BUFLEN];
    size_t nfeatures;
    char **features;                     /* <cpu><features><pae/>... */
    virCapsHostCPU *cpu;                 /* NULL: only the arch is known */
    size_t npagesSize;
    unsigned int *pagesSize;             /* KiB */
    unsigned int powerMgmt;              /* virCapsHostPMTarget bits */
    bool iommu;
    bool offlineMigrate;
    bool liveMigrate;
    size_t nmigrateTrans;
    char **migrateTrans;
    char *netprefix;
    size_t ncells;
    virCapsHostNUMACell **cells;
    size_t nsecModels;
    virCapsHostSecModel **secModels;
};

typedef struct _virCapsGuestMachine virCapsGuestMachine;
struct _virCapsGuestMachine {
    char *name;
    char *canonical;
    unsigned int maxCpus;                /* 0: not printed */
    bool deprecated;
};

typedef struct _virCapsGuestDomain virCapsGuestDomain;
struct _virCapsGuestDomain {
    char *type;                          /* "kvm", "qemu", "test" */
    char *emulator;                      /* NULL: the arch's */
    char *loader;
    size_t nmachines;
    virCapsGuestMachine **machines;
};

typedef struct _virCapsGuestFeature virCapsGuestFeature;
struct _virCapsGuestFeature {
    bool present;
    virTristateSwitch defaultOn;         /* ABSENT: no default='...' */
    virTristateBool togglable;           /* ABSENT: no toggle='...' */
};

typedef struct _virCapsGuest virCapsGuest;
struct _virCapsGuest {
    char *osType;
    char *arch;
    int wordsize;
    char *emulator;
    char *loader;
    size_t nmachines;
    virCapsGuestMachine **machines;
    size_t ndomains;
    virCapsGuestDomain **domains;
    virCapsGuestFeature features[VIR_CAPS_GUEST_FEATURE_TYPE_LAST];
};

typedef struct _virCaps virCaps;
struct _virCaps {
    virCapsHost host;
    size_t nguests;
    virCapsGuest **guests;
};

virCaps *virCapabilitiesNew(const char *hostArch, bool offlineMigrate, bool liveMigrate);
void virCapabilitiesFree(virCaps *caps);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virCaps, virCapabilitiesFree);

void virCapabilitiesSetHostUUID(virCaps *caps, const unsigned char *uuid);
void virCapabilitiesAddHostFeature(virCaps *caps, const char *name);
void virCapabilitiesAddHostMigrateTransport(virCaps *caps, const char *name);
void virCapabilitiesAddHostPageSize(virCaps *caps, unsigned int sizeKiB);
void virCapabilitiesSetNetPrefix(virCaps *caps, const char *prefix);

virCapsHostCPU *virCapabilitiesSetHostCPU(virCaps *caps, const char *model,
                                          const char *vendor);
void virCapabilitiesHostCPUAddFeature(virCapsHostCPU *cpu, const char *name);

virCapsHostNUMACell *virCapabilitiesHostNUMAAddCell(virCaps *caps, int num,
                                                    unsigned long long memKiB);
void virCapabilitiesHostNUMACellAddCPU(virCapsHostNUMACell *cell, unsigned int id,
                                       unsigned int socketId, unsigned int dieId,
                                       unsigned int coreId,
                                       const unsigned int *siblings, size_t nsiblings);
void virCapabilitiesHostNUMACellAddPages(virCapsHostNUMACell *cell, unsigned int sizeKiB,
                                         unsigned long long avail);
void virCapabilitiesHostNUMACellAddDistance(virCapsHostNUMACell *cell, int node,
                                            unsigned int distance);

virCapsHostSecModel *virCapabilitiesHostAddSecModel(virCaps *caps, const char *model,
                                                    const char *doi);
void virCapabilitiesHostSecModelAddBaseLabel(virCapsHostSecModel *secmodel,
                                             const char *type, const char *label);

virCapsGuest *virCapabilitiesAddGuest(virCaps *caps, const char *osType, const char *arch,
                                      int wordsize, const char *emulator, const char *loader);
virCapsGuestMachine *virCapabilitiesGuestAddMachine(virCapsGuest *guest, const char *name,
                                                    const char *canonical,
                                                    unsigned int maxCpus, bool deprecated);
virCapsGuestDomain *virCapabilitiesAddGuestDomain(virCapsGuest *guest, const char *type,
                                                  const char *emulator, const char *loader);
virCapsGuestMachine *virCapabilitiesGuestDomainAddMachine(virCapsGuestDomain *dom,
                                                          const char *name,
                                                          const char *canonical,
                                                          unsigned int maxCpus,
                                                          bool deprecated);
void virCapabilitiesAddGuestFeature(virCapsGuest *guest, virCapsGuestFeatureType feature,
                                    virTristateSwitch defaultOn, virTristateBool togglable);

char *virCapabilitiesFormatXML(const virCaps *caps);

/* A node described in a few numbers, for virNodeGetInfo(). */
typedef struct _virCapsNodeInfoDesc virCapsNodeInfoDesc;
struct _virCapsNodeInfoDesc {
    const char *model;                   /* CPU model or architecture name */
    unsigned long memory;                /* KiB */
    unsigned int mhz;
    unsigned int nodes;                  /* NUMA cells */
    unsigned int sockets;                /* per cell */
    unsigned int cores;                  /* per socket */
    unsigned int threads;                /* per core */
    unsigned int cpus;                   /* 0: nodes * sockets * cores * threads */
};

int virCapabilitiesFillNodeInfo(const virCapsNodeInfoDesc *desc, virNodeInfoPtr info);
