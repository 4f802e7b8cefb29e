/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdomaindef.h: domain XML definition (parse, validate, format, free)
 *
 * A virDomainDef is what a <domain> document says, normalised the way
 * libvirt 9.0 normalises it when its test driver defines a domain: parsing
 * applies the same checks with the same messages and fills in the same
 * defaults (UUID, memory units in KiB, architecture, boot device, disk
 * buses and addresses, implicit controllers, MAC addresses), and formatting
 * gives the same elements in the same order, so that the text matches
 * libvirt's byte for byte and parse(format(parse(x))) == parse(x).
 *
 * Formatting flags are the public VIR_DOMAIN_XML_SECURE, _INACTIVE,
 * _UPDATE_CPU and _MIGRATABLE.
 */
#pragma once

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "internal.h"
#include "virenum.h"
#include "virdomaindevice.h"

typedef enum {
    VIR_DOMAIN_DEF_PARSE_INACTIVE = 1 << 0,   /* a persistent definition: no live data */
    VIR_DOMAIN_DEF_PARSE_VALIDATE = 1 << 1,   /* check against docs/schemas/domain.rng */
} virDomainDefParseFlags;

#define VIR_DOMAIN_TEST_NAMESPACE_HREF "http://libvirt.org/schemas/domain/test/1.0"

typedef enum {
    VIR_DOMAIN_VIRT_NONE = 0,
    VIR_DOMAIN_VIRT_QEMU,
    VIR_DOMAIN_VIRT_KQEMU,
    VIR_DOMAIN_VIRT_KVM,
    VIR_DOMAIN_VIRT_XEN,
    VIR_DOMAIN_VIRT_LXC,
    VIR_DOMAIN_VIRT_UML,
    VIR_DOMAIN_VIRT_OPENVZ,
    VIR_DOMAIN_VIRT_TEST,
    VIR_DOMAIN_VIRT_VMWARE,
    VIR_DOMAIN_VIRT_HYPERV,
    VIR_DOMAIN_VIRT_VBOX,
    VIR_DOMAIN_VIRT_PHYP,
    VIR_DOMAIN_VIRT_PARALLELS,
    VIR_DOMAIN_VIRT_BHYVE,
    VIR_DOMAIN_VIRT_VZ,

    VIR_DOMAIN_VIRT_LAST
} virDomainVirtType;
VIR_ENUM_DECL(virDomainVirt);

typedef enum {
    VIR_DOMAIN_OSTYPE_HVM = 0,
    VIR_DOMAIN_OSTYPE_XEN,
    VIR_DOMAIN_OSTYPE_LINUX,
    VIR_DOMAIN_OSTYPE_EXE,
    VIR_DOMAIN_OSTYPE_UML,
    VIR_DOMAIN_OSTYPE_XENPVH,

    VIR_DOMAIN_OSTYPE_LAST
} virDomainOSType;
VIR_ENUM_DECL(virDomainOS);

/* Guest architectures, as libvirt 9.0 names them; NONE is "absent". */
typedef enum {
    VIR_DOMAIN_ARCH_NONE = 0,
    VIR_DOMAIN_ARCH_ALPHA,
    VIR_DOMAIN_ARCH_ARMV6L,
    VIR_DOMAIN_ARCH_ARMV7L,
    VIR_DOMAIN_ARCH_ARMV7B,
    VIR_DOMAIN_ARCH_AARCH64,
    VIR_DOMAIN_ARCH_CRIS,
    VIR_DOMAIN_ARCH_I686,
    VIR_DOMAIN_ARCH_IA64,
    VIR_DOMAIN_ARCH_LM32,
    VIR_DOMAIN_ARCH_M68K,
    VIR_DOMAIN_ARCH_MICROBLAZE,
    VIR_DOMAIN_ARCH_MICROBLAZEEL,
    VIR_DOMAIN_ARCH_MIPS,
    VIR_DOMAIN_ARCH_MIPSEL,
    VIR_DOMAIN_ARCH_MIPS64,
    VIR_DOMAIN_ARCH_MIPS64EL,
    VIR_DOMAIN_ARCH_OPENRISC,
    VIR_DOMAIN_ARCH_PARISC,
    VIR_DOMAIN_ARCH_PARISC64,
    VIR_DOMAIN_ARCH_PPC,
    VIR_DOMAIN_ARCH_PPCLE,
    VIR_DOMAIN_ARCH_PPC64,
    VIR_DOMAIN_ARCH_PPC64LE,
    VIR_DOMAIN_ARCH_PPCEMB,
    VIR_DOMAIN_ARCH_RISCV32,
    VIR_DOMAIN_ARCH_RISCV64,
    VIR_DOMAIN_ARCH_S390,
    VIR_DOMAIN_ARCH_S390X,
    VIR_DOMAIN_ARCH_SH4,
    VIR_DOMAIN_ARCH_SH4EB,
    VIR_DOMAIN_ARCH_SPARC,
    VIR_DOMAIN_ARCH_SPARC64,
    VIR_DOMAIN_ARCH_UNICORE32,
    VIR_DOMAIN_ARCH_X86_64,
    VIR_DOMAIN_ARCH_XTENSA,
    VIR_DOMAIN_ARCH_XTENSAEB,

    VIR_DOMAIN_ARCH_LAST
} virDomainArch;
VIR_ENUM_DECL(virDomainArch);

typedef enum {
    VIR_DOMAIN_BOOT_FLOPPY = 0,
    VIR_DOMAIN_BOOT_CDROM,
    VIR_DOMAIN_BOOT_DISK,
    VIR_DOMAIN_BOOT_NET,

    VIR_DOMAIN_BOOT_LAST
} virDomainBootOrder;
VIR_ENUM_DECL(virDomainBoot);

typedef enum {
    VIR_DOMAIN_LOADER_TYPE_NONE = 0,
    VIR_DOMAIN_LOADER_TYPE_ROM,
    VIR_DOMAIN_LOADER_TYPE_PFLASH,

    VIR_DOMAIN_LOADER_TYPE_LAST
} virDomainLoaderType;
VIR_ENUM_DECL(virDomainLoader);

typedef enum {
    VIR_DOMAIN_OS_DEF_FIRMWARE_NONE = 0,
    VIR_DOMAIN_OS_DEF_FIRMWARE_BIOS,
    VIR_DOMAIN_OS_DEF_FIRMWARE_EFI,

    VIR_DOMAIN_OS_DEF_FIRMWARE_LAST
} virDomainOsDefFirmware;
VIR_ENUM_DECL(virDomainOsDefFirmware);

typedef enum {
    VIR_DOMAIN_SMBIOS_NONE = 0,
    VIR_DOMAIN_SMBIOS_EMULATE,
    VIR_DOMAIN_SMBIOS_HOST,
    VIR_DOMAIN_SMBIOS_SYSINFO,

    VIR_DOMAIN_SMBIOS_LAST
} virDomainSmbiosMode;
VIR_ENUM_DECL(virDomainSmbiosMode);

/* virDomainLifecycleAction is the public enum (libvirt-domain.h); six values */
#define VIR_DOMAIN_LIFECYCLE_ACTION_COUNT (VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART + 1)
VIR_ENUM_DECL(virDomainLifecycleAction);

typedef enum {
    VIR_DOMAIN_LOCK_FAILURE_DEFAULT = 0,
    VIR_DOMAIN_LOCK_FAILURE_POWEROFF,
    VIR_DOMAIN_LOCK_FAILURE_RESTART,
    VIR_DOMAIN_LOCK_FAILURE_PAUSE,
    VIR_DOMAIN_LOCK_FAILURE_IGNORE,

    VIR_DOMAIN_LOCK_FAILURE_LAST
} virDomainLockFailureAction;
VIR_ENUM_DECL(virDomainLockFailure);

typedef enum {
    VIR_DOMAIN_CPU_PLACEMENT_MODE_STATIC = 0,
    VIR_DOMAIN_CPU_PLACEMENT_MODE_AUTO,

    VIR_DOMAIN_CPU_PLACEMENT_MODE_LAST
} virDomainCpuPlacementMode;
VIR_ENUM_DECL(virDomainCpuPlacementMode);

/* The <features> children, in the order libvirt prints them. */
typedef enum {
    VIR_DOMAIN_FEATURE_ACPI = 0,
    VIR_DOMAIN_FEATURE_APIC,
    VIR_DOMAIN_FEATURE_PAE,
    VIR_DOMAIN_FEATURE_HAP,
    VIR_DOMAIN_FEATURE_VIRIDIAN,
    VIR_DOMAIN_FEATURE_PRIVNET,
    VIR_DOMAIN_FEATURE_HYPERV,
    VIR_DOMAIN_FEATURE_KVM,
    VIR_DOMAIN_FEATURE_PVSPINLOCK,
    VIR_DOMAIN_FEATURE_CAPABILITIES,
    VIR_DOMAIN_FEATURE_PMU,
    VIR_DOMAIN_FEATURE_VMPORT,
    VIR_DOMAIN_FEATURE_GIC,
    VIR_DOMAIN_FEATURE_SMM,
    VIR_DOMAIN_FEATURE_IOAPIC,
    VIR_DOMAIN_FEATURE_HPT,
    VIR_DOMAIN_FEATURE_VMCOREINFO,
    VIR_DOMAIN_FEATURE_HTM,
    VIR_DOMAIN_FEATURE_NESTED_HV,
    VIR_DOMAIN_FEATURE_MSRS,
    VIR_DOMAIN_FEATURE_CCF_ASSIST,
    VIR_DOMAIN_FEATURE_XEN,
    VIR_DOMAIN_FEATURE_CFPC,
    VIR_DOMAIN_FEATURE_SBBC,
    VIR_DOMAIN_FEATURE_IBS,
    VIR_DOMAIN_FEATURE_TCG,

    VIR_DOMAIN_FEATURE_LAST
} virDomainFeature;
VIR_ENUM_DECL(virDomainFeature);

typedef enum {
    VIR_DOMAIN_HYPERV_RELAXED = 0,
    VIR_DOMAIN_HYPERV_VAPIC,
    VIR_DOMAIN_HYPERV_SPINLOCKS,
    VIR_DOMAIN_HYPERV_VPINDEX,
    VIR_DOMAIN_HYPERV_RUNTIME,
    VIR_DOMAIN_HYPERV_SYNIC,
    VIR_DOMAIN_HYPERV_STIMER,
    VIR_DOMAIN_HYPERV_RESET,
    VIR_DOMAIN_HYPERV_VENDOR_ID,
    VIR_DOMAIN_HYPERV_FREQUENCIES,
    VIR_DOMAIN_HYPERV_REENLIGHTENMENT,
    VIR_DOMAIN_HYPERV_TLBFLUSH,
    VIR_DOMAIN_HYPERV_IPI,
    VIR_DOMAIN_HYPERV_EVMCS,
    VIR_DOMAIN_HYPERV_AVIC,

    VIR_DOMAIN_HYPERV_LAST
} virDomainHyperv;
VIR_ENUM_DECL(virDomainHyperv);

typedef enum {
    VIR_DOMAIN_KVM_HIDDEN = 0,
    VIR_DOMAIN_KVM_DEDICATED,
    VIR_DOMAIN_KVM_POLLCONTROL,
    VIR_DOMAIN_KVM_PVIPI,
    VIR_DOMAIN_KVM_DIRTY_RING,

    VIR_DOMAIN_KVM_LAST
} virDomainKVM;
VIR_ENUM_DECL(virDomainKVM);

typedef enum {
    VIR_DOMAIN_XEN_E820_HOST = 0,
    VIR_DOMAIN_XEN_PASSTHROUGH,

    VIR_DOMAIN_XEN_LAST
} virDomainXen;
VIR_ENUM_DECL(virDomainXen);

typedef enum {
    VIR_DOMAIN_TIMER_NAME_PLATFORM = 0,
    VIR_DOMAIN_TIMER_NAME_PIT,
    VIR_DOMAIN_TIMER_NAME_RTC,
    VIR_DOMAIN_TIMER_NAME_HPET,
    VIR_DOMAIN_TIMER_NAME_TSC,
    VIR_DOMAIN_TIMER_NAME_KVMCLOCK,
    VIR_DOMAIN_TIMER_NAME_HYPERVCLOCK,
    VIR_DOMAIN_TIMER_NAME_ARMVTIMER,

    VIR_DOMAIN_TIMER_NAME_LAST
} virDomainTimerName;
VIR_ENUM_DECL(virDomainTimerName);

typedef enum {
    VIR_DOMAIN_TIMER_TRACK_NONE = 0,
    VIR_DOMAIN_TIMER_TRACK_BOOT,
    VIR_DOMAIN_TIMER_TRACK_GUEST,
    VIR_DOMAIN_TIMER_TRACK_WALL,
    VIR_DOMAIN_TIMER_TRACK_REALTIME,

    VIR_DOMAIN_TIMER_TRACK_LAST
} virDomainTimerTrack;
VIR_ENUM_DECL(virDomainTimerTrack);

typedef enum {
    VIR_DOMAIN_TIMER_TICKPOLICY_NONE = 0,
    VIR_DOMAIN_TIMER_TICKPOLICY_DELAY,
    VIR_DOMAIN_TIMER_TICKPOLICY_CATCHUP,
    VIR_DOMAIN_TIMER_TICKPOLICY_MERGE,
    VIR_DOMAIN_TIMER_TICKPOLICY_DISCARD,

    VIR_DOMAIN_TIMER_TICKPOLICY_LAST
} virDomainTimerTickpolicy;
VIR_ENUM_DECL(virDomainTimerTickpolicy);

typedef enum {
    VIR_DOMAIN_TIMER_MODE_NONE = 0,
    VIR_DOMAIN_TIMER_MODE_AUTO,
    VIR_DOMAIN_TIMER_MODE_NATIVE,
    VIR_DOMAIN_TIMER_MODE_EMULATE,
    VIR_DOMAIN_TIMER_MODE_PARAVIRT,
    VIR_DOMAIN_TIMER_MODE_SMPSAFE,

    VIR_DOMAIN_TIMER_MODE_LAST
} virDomainTimerMode;
VIR_ENUM_DECL(virDomainTimerMode);

typedef enum {
    VIR_DOMAIN_CLOCK_OFFSET_UTC = 0,
    VIR_DOMAIN_CLOCK_OFFSET_LOCALTIME,
    VIR_DOMAIN_CLOCK_OFFSET_VARIABLE,
    VIR_DOMAIN_CLOCK_OFFSET_TIMEZONE,
    VIR_DOMAIN_CLOCK_OFFSET_ABSOLUTE,

    VIR_DOMAIN_CLOCK_OFFSET_LAST
} virDomainClockOffsetType;
VIR_ENUM_DECL(virDomainClockOffset);

typedef enum {
    VIR_DOMAIN_CLOCK_BASIS_UTC = 0,
    VIR_DOMAIN_CLOCK_BASIS_LOCALTIME,

    VIR_DOMAIN_CLOCK_BASIS_LAST
} virDomainClockBasis;
VIR_ENUM_DECL(virDomainClockBasis);

typedef enum {
    VIR_CPU_MODE_CUSTOM = 0,
    VIR_CPU_MODE_HOST_MODEL,
    VIR_CPU_MODE_HOST_PASSTHROUGH,
    VIR_CPU_MODE_MAXIMUM,

    VIR_CPU_MODE_LAST
} virCPUMode;
VIR_ENUM_DECL(virCPUMode);

typedef enum {
    VIR_CPU_MATCH_EXACT = 0,
    VIR_CPU_MATCH_MINIMUM,
    VIR_CPU_MATCH_STRICT,

    VIR_CPU_MATCH_LAST
} virCPUMatch;
VIR_ENUM_DECL(virCPUMatch);

typedef enum {
    VIR_CPU_CHECK_DEFAULT = 0,
    VIR_CPU_CHECK_NONE,
    VIR_CPU_CHECK_PARTIAL,
    VIR_CPU_CHECK_FULL,

    VIR_CPU_CHECK_LAST
} virCPUCheck;
VIR_ENUM_DECL(virCPUCheck);

typedef enum {
    VIR_CPU_FALLBACK_ALLOW = 0,
    VIR_CPU_FALLBACK_FORBID,

    VIR_CPU_FALLBACK_LAST
} virCPUFallback;
VIR_ENUM_DECL(virCPUFallback);

typedef enum {
    VIR_CPU_FEATURE_FORCE = 0,
    VIR_CPU_FEATURE_REQUIRE,
    VIR_CPU_FEATURE_OPTIONAL,
    VIR_CPU_FEATURE_DISABLE,
    VIR_CPU_FEATURE_FORBID,

    VIR_CPU_FEATURE_LAST
} virCPUFeaturePolicy;
VIR_ENUM_DECL(virCPUFeaturePolicy);

typedef enum {
    VIR_CPU_CACHE_MODE_EMULATE = 0,
    VIR_CPU_CACHE_MODE_PASSTHROUGH,
    VIR_CPU_CACHE_MODE_DISABLE,

    VIR_CPU_CACHE_MODE_LAST
} virCPUCacheMode;
VIR_ENUM_DECL(virCPUCacheMode);

typedef enum {
    VIR_DOMAIN_SECLABEL_DEFAULT = 0,
    VIR_DOMAIN_SECLABEL_NONE,
    VIR_DOMAIN_SECLABEL_DYNAMIC,
    VIR_DOMAIN_SECLABEL_STATIC,

    VIR_DOMAIN_SECLABEL_LAST
} virDomainSeclabelType;
VIR_ENUM_DECL(virDomainSeclabel);

typedef struct _virDomainVcpuPinDef virDomainVcpuPinDef;
struct _virDomainVcpuPinDef {
    unsigned int id;
    char *cpuset;                        /* normalised ("0-1,3") */
};

typedef struct _virDomainIOThreadIDDef virDomainIOThreadIDDef;
struct _virDomainIOThreadIDDef {
    unsigned int id;
    bool autofill;                       /* counted by <iothreads>, not listed */
    char *cpuset;                        /* from <iothreadpin> */
};

typedef struct _virDomainTimerDef virDomainTimerDef;
struct _virDomainTimerDef {
    virDomainTimerName name;
    virTristateBool present;
    virDomainTimerTickpolicy tickpolicy;
    virDomainTimerTrack track;
    virDomainTimerMode mode;
    unsigned long long frequency;        /* 0 when absent */
    bool hasCatchup;
    unsigned long catchupThreshold;
    unsigned long catchupSlew;
    unsigned long catchupLimit;
};

typedef struct _virDomainCPUFeatureDef virDomainCPUFeatureDef;
struct _virDomainCPUFeatureDef {
    char *name;
    virCPUFeaturePolicy policy;
};

typedef struct _virDomainNumaCell virDomainNumaCell;
struct _virDomainNumaCell {
    unsigned int id;
    char *cpus;                          /* normalised bitmap, NULL when absent */
    unsigned long long mem;              /* KiB */
    char *memAccess;
    char *discard;
    unsigned int *distances;             /* ncells values, 0 when unset; NULL if none */
};

typedef struct _virDomainBlkioDevice virDomainBlkioDevice;
struct _virDomainBlkioDevice {
    char *path;
    unsigned int weight;
    unsigned int riops;
    unsigned int wiops;
    unsigned long long rbps;
    unsigned long long wbps;
};

typedef struct _virDomainHugePage virDomainHugePage;
struct _virDomainHugePage {
    unsigned long long size;             /* KiB */
    char *nodeset;
};

typedef struct _virDomainSysinfoEntry virDomainSysinfoEntry;
struct _virDomainSysinfoEntry {
    char *name;
    char *value;
};

/* <sysinfo type='smbios'>: one block per SMBIOS table, entries in the
 * order libvirt prints them */
typedef struct _virDomainSysinfoBlock virDomainSysinfoBlock;
struct _virDomainSysinfoBlock {
    size_t nentries;
    virDomainSysinfoEntry *entries;
};

typedef struct _virDomainVcpuInfo virDomainVcpuInfo;
struct _virDomainVcpuInfo {
    unsigned int id;
    virTristateBool enabled;
    virTristateBool hotpluggable;
    unsigned int order;
};

typedef struct _virDomainVcpuSched virDomainVcpuSched;
struct _virDomainVcpuSched {
    char *vcpus;                         /* normalised bitmap */
    char *scheduler;
    bool hasPriority;
    int priority;
};

typedef struct _virDomainMemnode virDomainMemnode;
struct _virDomainMemnode {
    unsigned int cellid;
    char *mode;
    char *nodeset;
};

typedef struct _virDomainCPUDef virDomainCPUDef;
struct _virDomainCPUDef {
    bool hasMode;                        /* mode='' or a <model> was given */
    virCPUMode mode;
    bool hasMatch;
    virCPUMatch match;
    virCPUCheck check;
    virTristateSwitch migratable;
    char *model;
    bool hasFallback;
    virCPUFallback fallback;
    char *vendorId;
    char *vendor;
    unsigned int sockets;                /* 0: no <topology> */
    unsigned int dies;
    unsigned int cores;
    unsigned int threads;
    bool hasCache;
    int cacheLevel;                      /* -1 when absent */
    virCPUCacheMode cacheMode;
    bool hasMaxPhysAddr;
    char *maxPhysAddrMode;
    int maxPhysAddrBits;                 /* -1 when absent */
    size_t nfeatures;
    virDomainCPUFeatureDef *features;
    size_t ncells;
    virDomainNumaCell *cells;
};

typedef struct _virDomainSeclabelDef virDomainSeclabelDef;
struct _virDomainSeclabelDef {
    char *model;
    virDomainSeclabelType type;
    bool relabel;
    bool hasRelabel;
    char *label;
    char *imagelabel;
    char *baselabel;
};

typedef struct _virDomainDef virDomainDef;
struct _virDomainDef {
    virDomainVirtType virtType;
    int id;                              /* -1 when inactive */
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    bool hasGenid;
    unsigned char genid[VIR_UUID_BUFLEN];
    char *title;
    char *description;
    xmlNodePtr metadata;                 /* a copy, owned; in its own document */

    /* memory, in KiB */
    unsigned long long maxMemory;        /* <maxMemory>; 0 when absent */
    unsigned int memorySlots;
    unsigned long long memory;           /* <memory> */
    virTristateSwitch dumpCore;
    unsigned long long currentMemory;    /* <currentMemory> */

    /* <blkiotune>, <memtune>, <memoryBacking> */
    unsigned int blkioWeight;
    size_t nblkioDevices;
    virDomainBlkioDevice *blkioDevices;
    unsigned long long hardLimit;        /* KiB, when has*Limit */
    unsigned long long softLimit;
    unsigned long long minGuarantee;
    unsigned long long swapHardLimit;
    bool hasHardLimit;
    bool hasSoftLimit;
    bool hasMinGuarantee;
    bool hasSwapHardLimit;
    bool hasMemoryBacking;
    bool hasHugepages;
    size_t nhugepages;
    virDomainHugePage *hugepages;
    bool nosharepages;
    bool locked;
    char *memSource;
    char *memAccess;
    char *memAllocation;
    unsigned int memAllocationThreads;
    bool memDiscard;

    /* vCPUs */
    unsigned int maxvcpus;
    unsigned int vcpus;                  /* current */
    bool hasCurrentVcpus;
    virDomainCpuPlacementMode placement;
    char *cpuset;                        /* normalised bitmap or NULL */
    unsigned int iothreads;
    size_t niothreadids;
    virDomainIOThreadIDDef *iothreadids;

    /* <cputune> */
    bool hasShares;
    unsigned long long shares;
    unsigned long long globalPeriod;
    long long globalQuota;
    unsigned long long period;
    long long quota;
    unsigned long long emulatorPeriod;
    long long emulatorQuota;
    unsigned long long iothreadPeriod;
    long long iothreadQuota;
    size_t nvcpupins;
    virDomainVcpuPinDef *vcpupins;
    char *emulatorpin;
    size_t nvcpuscheds;
    virDomainVcpuSched *vcpuscheds;
    size_t nvcpuinfo;                    /* <vcpus>, as given */
    virDomainVcpuInfo *vcpuinfo;

    /* <numatune> */
    bool hasNumatune;
    char *numaMode;
    char *numaNodeset;
    char *numaPlacement;
    size_t nmemnodes;
    virDomainMemnode *memnodes;

    char *partition;                     /* <resource><partition> */

    /* <sysinfo type='smbios'>: bios, system, baseBoard, chassis, oemStrings */
    bool hasSysinfo;
    virDomainSysinfoBlock sysinfo[5];

    /* <os> */
    virDomainOSType osType;
    virDomainArch arch;
    char *machine;
    virDomainOsDefFirmware firmware;
    char *init;
    char **initargv;
    size_t ninitenv;
    char **initenvName;
    char **initenvValue;
    char *initdir;
    char *inituser;
    char *initgroup;
    bool hasLoader;
    char *loader;
    virTristateBool loaderReadonly;
    virTristateBool loaderSecure;
    virDomainLoaderType loaderType;
    bool hasNvram;
    char *nvram;
    char *nvramTemplate;
    char *kernel;
    char *initrd;
    char *cmdline;
    char *dtb;
    char *root;
    char *slicTable;
    size_t nfwFeatures;                  /* <os><firmware><feature/> */
    char **fwFeatureNames;
    virTristateBool *fwFeatureEnabled;
    size_t nBootDevs;
    virDomainBootOrder bootDevs[VIR_DOMAIN_BOOT_LAST];
    virTristateBool bootmenu;
    bool hasBootmenuTimeout;
    unsigned int bootmenuTimeout;
    virTristateBool biosUseserial;
    bool hasRebootTimeout;
    int rebootTimeout;
    virDomainSmbiosMode smbios;
    char *bootloader;
    char *bootloaderArgs;

    /* <features> */
    int features[VIR_DOMAIN_FEATURE_LAST];   /* virTristateSwitch */
    virTristateSwitch apicEoi;
    char *gicVersion;
    char *ioapicDriver;
    char *hptResizing;
    unsigned long long hptMaxpagesize;   /* KiB */
    bool hasTseg;
    unsigned long long tseg;             /* bytes */
    char *hypervMode;
    int hyperv[VIR_DOMAIN_HYPERV_LAST];  /* virTristateSwitch */
    unsigned int hypervSpinlocks;
    char *hypervVendorId;
    virTristateSwitch hypervStimerDirect;
    int kvm[VIR_DOMAIN_KVM_LAST];        /* virTristateSwitch */
    unsigned int kvmDirtyRingSize;
    int xen[VIR_DOMAIN_XEN_LAST];        /* virTristateSwitch */
    char *xenPassthroughMode;
    char *msrsUnknown;
    char *cfpc;
    char *sbbc;
    char *ibs;
    unsigned long long tcgTbCache;       /* KiB, 0 when absent */
    char *capsPolicy;

    virDomainCPUDef *cpu;

    /* <clock> */
    virDomainClockOffsetType clockOffset;
    bool hasClockAdjustment;             /* variable: adjustment='' printed */
    bool clockAdjustmentReset;           /* utc/localtime: adjustment='reset' */
    long long clockAdjustment;
    virDomainClockBasis clockBasis;
    char *clockTimezone;
    unsigned long long clockStart;       /* absolute */
    size_t ntimers;
    virDomainTimerDef *timers;

    virDomainLifecycleAction onPoweroff;
    virDomainLifecycleAction onReboot;
    virDomainLifecycleAction onCrash;
    virDomainLockFailureAction onLockfailure;

    virTristateBool pmS3;
    virTristateBool pmS4;

    /* <devices> */
    char *emulator;
    size_t ndisks;
    virDomainDiskDef **disks;
    size_t ncontrollers;
    virDomainControllerDef **controllers;
    size_t nnets;
    virDomainNetDef **nets;
    size_t nserials;
    virDomainChrDef **serials;
    size_t nparallels;
    virDomainChrDef **parallels;
    size_t nconsoles;
    virDomainChrDef **consoles;
    size_t nchannels;
    virDomainChrDef **channels;
    size_t ninputs;
    virDomainInputDef **inputs;
    size_t ngraphics;
    virDomainGraphicsDef **graphics;
    size_t nsounds;
    virDomainSoundDef **sounds;
    size_t nvideos;
    virDomainVideoDef **videos;
    size_t nhostdevs;
    virDomainHostdevDef **hostdevs;
    virDomainWatchdogDef *watchdog;
    virDomainMemballoonDef *memballoon;
    size_t nrngs;
    virDomainRNGDef **rngs;
    size_t nfss;
    virDomainFSDef **fss;
    size_t ntpms;
    virDomainTPMDef **tpms;
    size_t naudios;
    virDomainAudioDef **audios;
    size_t nredirdevs;
    virDomainRedirdevDef **redirdevs;
    size_t nsmartcards;
    virDomainSmartcardDef **smartcards;
    size_t nhubs;
    virDomainHubDef **hubs;
    size_t npanics;
    virDomainPanicDef **panics;
    virDomainIOMMUDef *iommu;
    virDomainVsockDef *vsock;
    size_t nshmems;
    virDomainShmemDef **shmems;
    size_t nmems;
    virDomainMemoryDef **mems;

    size_t nseclabels;
    virDomainSeclabelDef **seclabels;

    /* test driver namespace (<test:runstate> and friends): parsed and
     * checked as libvirt's test driver does; like libvirt, not formatted */
    bool hasTestNs;
    unsigned int testRunstate;
    bool hasTestRunstate;
    bool testTransient;
    bool testHasManagedSave;
};

void virDomainDefFree(virDomainDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainDef, virDomainDefFree);

virDomainDef *virDomainDefParseString(const char *xml, unsigned int parseFlags);
virDomainDef *virDomainDefParseFile(const char *path, unsigned int parseFlags);
virDomainDef *virDomainDefParseNode(xmlDocPtr xml, xmlNodePtr root, unsigned int parseFlags);
char *virDomainDefFormat(const virDomainDef *def, unsigned int formatFlags);
virDomainDef *virDomainDefCopy(const virDomainDef *def, unsigned int formatFlags);

/* Helpers shared with virdomaindevice.c and virdomainabi.c. */
int virDomainBitmapNormalise(const char *str, char **normalised, const char *what);
