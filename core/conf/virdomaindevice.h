/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdomaindevice.h: the <devices> of a domain definition (parse, format, free)
 *
 * Each device kind has a struct, a NULL-safe free function with its autoptr
 * cleanup, a parser reading one element (ctxt->node is the element, saved
 * and restored) and a formatter writing it into an indenting virBuffer.  The
 * defaults libvirt 9.0 fills in after parsing (disk buses, drive addresses,
 * implicit controllers, generated MAC addresses, the serial console) are
 * applied by virDomainDefDevicesPostParse(), so that formatting a parsed
 * definition gives libvirt's text byte for byte.
 */
#pragma once

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "internal.h"
#include "virbuffer.h"
#include "virenum.h"

typedef struct _virDomainDef virDomainDef;

#define VIR_DOMAIN_MAC_BUFLEN 6

/* The most objects the parser makes from one number in the XML: implicit
 * controllers of one type (a disk 'sdzzzzzz' sits on SCSI controller
 * 45896057), IOThreads counted by <iothreads>, vCPUs listed by <vcpus>.
 * libvirt has no limit and runs out of memory or time long before such
 * numbers; this one is far above what a hypervisor offers and still lets
 * every target name of up to three letters ('hdzzz', 'fdzzz') through. */
#define VIR_DOMAIN_IMPLICIT_MAX 16384

/* Formatting flags used inside the conf layer; the public VIR_DOMAIN_XML_*
 * flags (SECURE 1, INACTIVE 2, UPDATE_CPU 4, MIGRATABLE 8) are passed
 * through unchanged. */

/* ---------------------------------------------------------------------
 * Guest addresses and device info
 */

typedef enum {
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE = 0,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_S390,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_MMIO,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_ISA,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DIMM,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED,

    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST
} virDomainDeviceAddressType;
VIR_ENUM_DECL(virDomainDeviceAddress);

typedef struct {
    unsigned int domain;
    unsigned int bus;
    unsigned int slot;
    unsigned int function;
    virTristateSwitch multi;
} virDomainDevicePCIAddress;

typedef struct {
    unsigned int controller;
    unsigned int bus;
    unsigned int target;
    unsigned int unit;
} virDomainDeviceDriveAddress;

typedef struct {
    unsigned int controller;
    unsigned int bus;
    unsigned int port;
} virDomainDeviceVirtioSerialAddress;

typedef struct {
    unsigned int controller;
    unsigned int slot;
} virDomainDeviceCCIDAddress;

typedef struct {
    unsigned int bus;
    char *port;                          /* "1" or "1.2.3"; NULL when absent */
} virDomainDeviceUSBAddress;

typedef struct {
    unsigned long long reg;
    bool has_reg;
} virDomainDeviceSpaprVioAddress;

typedef struct {
    unsigned int cssid;
    unsigned int ssid;
    unsigned int devno;
    bool assigned;
} virDomainDeviceCCWAddress;

typedef struct {
    unsigned int iobase;
    unsigned int irq;
} virDomainDeviceISAAddress;

typedef struct {
    unsigned int slot;
    unsigned long long base;
} virDomainDeviceDimmAddress;

typedef struct _virDomainDeviceInfo virDomainDeviceInfo;
struct _virDomainDeviceInfo {
    char *alias;                         /* kept when inactive only if "ua-" */
    virDomainDeviceAddressType type;
    union {
        virDomainDevicePCIAddress pci;
        virDomainDeviceDriveAddress drive;
        virDomainDeviceVirtioSerialAddress vioserial;
        virDomainDeviceCCIDAddress ccid;
        virDomainDeviceUSBAddress usb;
        virDomainDeviceSpaprVioAddress spaprvio;
        virDomainDeviceCCWAddress ccw;
        virDomainDeviceISAAddress isa;
        virDomainDeviceDimmAddress dimm;
    } addr;
    unsigned int bootIndex;              /* <boot order=''/>; 0 when absent */
    char *loadparm;
    virTristateSwitch romBar;            /* <rom bar=''/> */
    virTristateBool romEnabled;          /* <rom enabled=''/> */
    char *romFile;
    unsigned int acpiIndex;              /* <acpi index=''/> */
};

/* ---------------------------------------------------------------------
 * Disks
 */

typedef enum {
    VIR_DOMAIN_DISK_TYPE_FILE = 0,
    VIR_DOMAIN_DISK_TYPE_BLOCK,
    VIR_DOMAIN_DISK_TYPE_DIR,
    VIR_DOMAIN_DISK_TYPE_NETWORK,
    VIR_DOMAIN_DISK_TYPE_VOLUME,
    VIR_DOMAIN_DISK_TYPE_NVME,
    VIR_DOMAIN_DISK_TYPE_VHOST_USER,

    VIR_DOMAIN_DISK_TYPE_LAST
} virDomainDiskType;
VIR_ENUM_DECL(virDomainDiskType);

typedef enum {
    VIR_DOMAIN_DISK_DEVICE_DISK = 0,
    VIR_DOMAIN_DISK_DEVICE_CDROM,
    VIR_DOMAIN_DISK_DEVICE_FLOPPY,
    VIR_DOMAIN_DISK_DEVICE_LUN,

    VIR_DOMAIN_DISK_DEVICE_LAST
} virDomainDiskDevice;
VIR_ENUM_DECL(virDomainDiskDevice);

typedef enum {
    VIR_DOMAIN_DISK_BUS_NONE = 0,
    VIR_DOMAIN_DISK_BUS_IDE,
    VIR_DOMAIN_DISK_BUS_FDC,
    VIR_DOMAIN_DISK_BUS_SCSI,
    VIR_DOMAIN_DISK_BUS_VIRTIO,
    VIR_DOMAIN_DISK_BUS_XEN,
    VIR_DOMAIN_DISK_BUS_USB,
    VIR_DOMAIN_DISK_BUS_UML,
    VIR_DOMAIN_DISK_BUS_SATA,
    VIR_DOMAIN_DISK_BUS_SD,

    VIR_DOMAIN_DISK_BUS_LAST
} virDomainDiskBus;
VIR_ENUM_DECL(virDomainDiskBus);

typedef enum {
    VIR_DOMAIN_DISK_CACHE_DEFAULT = 0,
    VIR_DOMAIN_DISK_CACHE_NONE,
    VIR_DOMAIN_DISK_CACHE_WRITETHRU,
    VIR_DOMAIN_DISK_CACHE_WRITEBACK,
    VIR_DOMAIN_DISK_CACHE_DIRECTSYNC,
    VIR_DOMAIN_DISK_CACHE_UNSAFE,

    VIR_DOMAIN_DISK_CACHE_LAST
} virDomainDiskCache;
VIR_ENUM_DECL(virDomainDiskCache);

typedef enum {
    VIR_DOMAIN_DISK_ERROR_POLICY_DEFAULT = 0,
    VIR_DOMAIN_DISK_ERROR_POLICY_STOP,
    VIR_DOMAIN_DISK_ERROR_POLICY_REPORT,
    VIR_DOMAIN_DISK_ERROR_POLICY_IGNORE,
    VIR_DOMAIN_DISK_ERROR_POLICY_ENOSPACE,

    VIR_DOMAIN_DISK_ERROR_POLICY_LAST
} virDomainDiskErrorPolicy;
VIR_ENUM_DECL(virDomainDiskErrorPolicy);

typedef enum {
    VIR_DOMAIN_DISK_IO_DEFAULT = 0,
    VIR_DOMAIN_DISK_IO_NATIVE,
    VIR_DOMAIN_DISK_IO_THREADS,
    VIR_DOMAIN_DISK_IO_URING,

    VIR_DOMAIN_DISK_IO_LAST
} virDomainDiskIo;
VIR_ENUM_DECL(virDomainDiskIo);

typedef enum {
    VIR_DOMAIN_DISK_DISCARD_DEFAULT = 0,
    VIR_DOMAIN_DISK_DISCARD_UNMAP,
    VIR_DOMAIN_DISK_DISCARD_IGNORE,

    VIR_DOMAIN_DISK_DISCARD_LAST
} virDomainDiskDiscard;
VIR_ENUM_DECL(virDomainDiskDiscard);

typedef enum {
    VIR_DOMAIN_DISK_DETECT_ZEROES_DEFAULT = 0,
    VIR_DOMAIN_DISK_DETECT_ZEROES_OFF,
    VIR_DOMAIN_DISK_DETECT_ZEROES_ON,
    VIR_DOMAIN_DISK_DETECT_ZEROES_UNMAP,

    VIR_DOMAIN_DISK_DETECT_ZEROES_LAST
} virDomainDiskDetectZeroes;
VIR_ENUM_DECL(virDomainDiskDetectZeroes);

typedef enum {
    VIR_DOMAIN_DISK_TRAY_CLOSED = 0,
    VIR_DOMAIN_DISK_TRAY_OPEN,

    VIR_DOMAIN_DISK_TRAY_LAST
} virDomainDiskTray;
VIR_ENUM_DECL(virDomainDiskTray);

typedef enum {
    VIR_DOMAIN_DISK_MODEL_DEFAULT = 0,
    VIR_DOMAIN_DISK_MODEL_VIRTIO,
    VIR_DOMAIN_DISK_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_DISK_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_DISK_MODEL_LAST
} virDomainDiskModel;
VIR_ENUM_DECL(virDomainDiskModel);

typedef enum {
    VIR_DOMAIN_DISK_SNAPSHOT_DEFAULT = 0,
    VIR_DOMAIN_DISK_SNAPSHOT_NO,
    VIR_DOMAIN_DISK_SNAPSHOT_INTERNAL,
    VIR_DOMAIN_DISK_SNAPSHOT_EXTERNAL,
    VIR_DOMAIN_DISK_SNAPSHOT_MANUAL,

    VIR_DOMAIN_DISK_SNAPSHOT_LAST
} virDomainDiskSnapshot;
VIR_ENUM_DECL(virDomainDiskSnapshot);

typedef enum {
    VIR_DOMAIN_STARTUP_POLICY_DEFAULT = 0,
    VIR_DOMAIN_STARTUP_POLICY_MANDATORY,
    VIR_DOMAIN_STARTUP_POLICY_REQUISITE,
    VIR_DOMAIN_STARTUP_POLICY_OPTIONAL,

    VIR_DOMAIN_STARTUP_POLICY_LAST
} virDomainStartupPolicy;
VIR_ENUM_DECL(virDomainStartupPolicy);

typedef enum {
    VIR_DOMAIN_DISK_PROTOCOL_NONE = 0,
    VIR_DOMAIN_DISK_PROTOCOL_NBD,
    VIR_DOMAIN_DISK_PROTOCOL_RBD,
    VIR_DOMAIN_DISK_PROTOCOL_SHEEPDOG,
    VIR_DOMAIN_DISK_PROTOCOL_GLUSTER,
    VIR_DOMAIN_DISK_PROTOCOL_ISCSI,
    VIR_DOMAIN_DISK_PROTOCOL_HTTP,
    VIR_DOMAIN_DISK_PROTOCOL_HTTPS,
    VIR_DOMAIN_DISK_PROTOCOL_FTP,
    VIR_DOMAIN_DISK_PROTOCOL_FTPS,
    VIR_DOMAIN_DISK_PROTOCOL_TFTP,
    VIR_DOMAIN_DISK_PROTOCOL_SSH,
    VIR_DOMAIN_DISK_PROTOCOL_VXHS,
    VIR_DOMAIN_DISK_PROTOCOL_NFS,

    VIR_DOMAIN_DISK_PROTOCOL_LAST
} virDomainDiskProtocol;
VIR_ENUM_DECL(virDomainDiskProtocol);

typedef enum {
    VIR_DOMAIN_DISK_HOST_TRANSPORT_TCP = 0,
    VIR_DOMAIN_DISK_HOST_TRANSPORT_UNIX,
    VIR_DOMAIN_DISK_HOST_TRANSPORT_RDMA,

    VIR_DOMAIN_DISK_HOST_TRANSPORT_LAST
} virDomainDiskHostTransport;
VIR_ENUM_DECL(virDomainDiskHostTransport);

typedef enum {
    VIR_DOMAIN_DISK_SOURCE_MODE_DEFAULT = 0,
    VIR_DOMAIN_DISK_SOURCE_MODE_HOST,
    VIR_DOMAIN_DISK_SOURCE_MODE_DIRECT,

    VIR_DOMAIN_DISK_SOURCE_MODE_LAST
} virDomainDiskSourceMode;
VIR_ENUM_DECL(virDomainDiskSourceMode);

typedef struct _virDomainDiskHost virDomainDiskHost;
struct _virDomainDiskHost {
    char *name;
    unsigned int port;                   /* 0: absent */
    virDomainDiskHostTransport transport;
    char *socket;
};

/* <seclabel> of a disk source (relabelling of one resource) */
typedef struct _virDomainDeviceSeclabel virDomainDeviceSeclabel;
struct _virDomainDeviceSeclabel {
    char *model;
    virTristateBool relabel;
    char *label;
};

/* <iotune> members, in the order libvirt prints them */
typedef enum {
    VIR_DOMAIN_DISK_IOTUNE_TOTAL_BYTES_SEC = 0,
    VIR_DOMAIN_DISK_IOTUNE_READ_BYTES_SEC,
    VIR_DOMAIN_DISK_IOTUNE_WRITE_BYTES_SEC,
    VIR_DOMAIN_DISK_IOTUNE_TOTAL_IOPS_SEC,
    VIR_DOMAIN_DISK_IOTUNE_READ_IOPS_SEC,
    VIR_DOMAIN_DISK_IOTUNE_WRITE_IOPS_SEC,
    VIR_DOMAIN_DISK_IOTUNE_TOTAL_BYTES_SEC_MAX,
    VIR_DOMAIN_DISK_IOTUNE_READ_BYTES_SEC_MAX,
    VIR_DOMAIN_DISK_IOTUNE_WRITE_BYTES_SEC_MAX,
    VIR_DOMAIN_DISK_IOTUNE_TOTAL_IOPS_SEC_MAX,
    VIR_DOMAIN_DISK_IOTUNE_READ_IOPS_SEC_MAX,
    VIR_DOMAIN_DISK_IOTUNE_WRITE_IOPS_SEC_MAX,
    VIR_DOMAIN_DISK_IOTUNE_SIZE_IOPS_SEC,
    VIR_DOMAIN_DISK_IOTUNE_TOTAL_BYTES_SEC_MAX_LENGTH,
    VIR_DOMAIN_DISK_IOTUNE_READ_BYTES_SEC_MAX_LENGTH,
    VIR_DOMAIN_DISK_IOTUNE_WRITE_BYTES_SEC_MAX_LENGTH,
    VIR_DOMAIN_DISK_IOTUNE_TOTAL_IOPS_SEC_MAX_LENGTH,
    VIR_DOMAIN_DISK_IOTUNE_READ_IOPS_SEC_MAX_LENGTH,
    VIR_DOMAIN_DISK_IOTUNE_WRITE_IOPS_SEC_MAX_LENGTH,

    VIR_DOMAIN_DISK_IOTUNE_LAST
} virDomainDiskIotune;
VIR_ENUM_DECL(virDomainDiskIotune);

/* One layer of a <backingStore> chain. */
typedef struct _virDomainDiskBackingStore virDomainDiskBackingStore;
struct _virDomainDiskBackingStore {
    bool terminator;                     /* <backingStore/>: nothing below */
    virDomainDiskType type;
    char *format;
    char *path;
    virDomainDiskBackingStore *next;
};

typedef struct _virDomainDiskDef virDomainDiskDef;
struct _virDomainDiskDef {
    virDomainDiskType type;
    virDomainDiskDevice device;
    virDomainDiskModel model;
    virTristateBool rawio;
    char *sgio;
    virDomainDiskSnapshot snapshot;

    /* <source> */
    bool hasSource;                      /* a <source> element was given */
    char *path;                          /* file, block, dir, nvme-less */
    virDomainDiskProtocol protocol;      /* network */
    char *name;                          /* network: image name */
    char *query;                         /* network (http): query string */
    virTristateBool tls;
    size_t nhosts;
    virDomainDiskHost *hosts;
    char *pool;                          /* volume */
    char *volume;
    virDomainDiskSourceMode srcMode;
    virDomainStartupPolicy startupPolicy;
    size_t nseclabels;                   /* <source><seclabel/> */
    virDomainDeviceSeclabel *seclabels;
    char *authUsername;                  /* <auth username=''><secret/></auth> */
    char *authSecretType;
    char *authSecretUsage;
    char *authSecretUUID;
    bool authInSource;                   /* <auth> was written inside <source> */
    char *initiatorIQN;                  /* iscsi <initiator><iqn name=''/> */
    virTristateBool sslVerify;           /* http(s)/ftp(s) */
    size_t ncookies;
    char **cookieNames;
    char **cookieValues;
    unsigned long long readahead;
    unsigned long long timeout;
    virDomainDiskBackingStore *backingStore;

    /* <iotune> */
    bool hasIotune;
    unsigned long long iotune[VIR_DOMAIN_DISK_IOTUNE_LAST];
    char *iotuneGroup;

    /* <driver> */
    char *driverName;
    char *format;
    virDomainDiskCache cache;
    virDomainDiskErrorPolicy errorPolicy;
    virDomainDiskErrorPolicy rerrorPolicy;
    virDomainDiskIo io;
    virTristateSwitch ioeventfd;
    virTristateSwitch eventIdx;
    virTristateSwitch copyOnRead;
    virDomainDiskDiscard discard;
    unsigned int iothread;
    virDomainDiskDetectZeroes detectZeroes;
    unsigned int queues;
    unsigned int queueSize;

    /* <target> */
    char *dst;
    virDomainDiskBus bus;
    virDomainDiskTray tray;
    virTristateSwitch removable;
    unsigned int rotationRate;

    /* <geometry>, <blockio> */
    unsigned int cyls, heads, secs;
    char *trans;
    unsigned int logicalBlockSize;
    unsigned int physicalBlockSize;

    bool readonly;
    bool shareable;
    bool transient;
    char *serial;
    char *wwn;
    char *vendor;
    char *product;

    virDomainDeviceInfo info;
};

/* ---------------------------------------------------------------------
 * Controllers
 */

typedef enum {
    VIR_DOMAIN_CONTROLLER_TYPE_IDE = 0,
    VIR_DOMAIN_CONTROLLER_TYPE_FDC,
    VIR_DOMAIN_CONTROLLER_TYPE_SCSI,
    VIR_DOMAIN_CONTROLLER_TYPE_SATA,
    VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL,
    VIR_DOMAIN_CONTROLLER_TYPE_CCID,
    VIR_DOMAIN_CONTROLLER_TYPE_USB,
    VIR_DOMAIN_CONTROLLER_TYPE_PCI,
    VIR_DOMAIN_CONTROLLER_TYPE_XENBUS,
    VIR_DOMAIN_CONTROLLER_TYPE_ISA,

    VIR_DOMAIN_CONTROLLER_TYPE_LAST
} virDomainControllerType;
VIR_ENUM_DECL(virDomainController);

typedef struct _virDomainControllerDef virDomainControllerDef;
struct _virDomainControllerDef {
    virDomainControllerType type;
    int idx;                             /* index='' */
    int model;                           /* per-type model enum, -1 when absent */
    unsigned int ports;                  /* virtio-serial ports, usb ports */
    bool hasPorts;
    unsigned int vectors;
    bool hasVectors;
    unsigned int maxGrantFrames;         /* xenbus */
    unsigned int maxEventChannels;
    /* <driver> */
    unsigned int queues;
    unsigned int cmdPerLun;
    unsigned int maxSectors;
    virTristateSwitch ioeventfd;
    unsigned int iothread;
    /* pci: <model name=''/> and <target .../> */
    char *modelName;
    int chassisNr;                       /* -1 when absent */
    int chassis;
    int port;
    int busNr;
    int targetIndex;
    bool hasPCIHole64;
    unsigned long long pcihole64;
    /* usb companion controllers: <master startport=''/> */
    bool hasMaster;
    unsigned int masterStartport;
    virDomainDeviceInfo info;
};

/* ---------------------------------------------------------------------
 * Network interfaces
 */

typedef enum {
    VIR_DOMAIN_NET_TYPE_USER = 0,
    VIR_DOMAIN_NET_TYPE_ETHERNET,
    VIR_DOMAIN_NET_TYPE_VHOSTUSER,
    VIR_DOMAIN_NET_TYPE_SERVER,
    VIR_DOMAIN_NET_TYPE_CLIENT,
    VIR_DOMAIN_NET_TYPE_MCAST,
    VIR_DOMAIN_NET_TYPE_NETWORK,
    VIR_DOMAIN_NET_TYPE_BRIDGE,
    VIR_DOMAIN_NET_TYPE_INTERNAL,
    VIR_DOMAIN_NET_TYPE_DIRECT,
    VIR_DOMAIN_NET_TYPE_HOSTDEV,
    VIR_DOMAIN_NET_TYPE_UDP,
    VIR_DOMAIN_NET_TYPE_VDPA,
    VIR_DOMAIN_NET_TYPE_NULL,
    VIR_DOMAIN_NET_TYPE_VDS,

    VIR_DOMAIN_NET_TYPE_LAST
} virDomainNetType;
VIR_ENUM_DECL(virDomainNet);

typedef enum {
    VIR_DOMAIN_NET_MACVLAN_MODE_VEPA = 0,
    VIR_DOMAIN_NET_MACVLAN_MODE_PRIVATE,
    VIR_DOMAIN_NET_MACVLAN_MODE_BRIDGE,
    VIR_DOMAIN_NET_MACVLAN_MODE_PASSTHRU,

    VIR_DOMAIN_NET_MACVLAN_MODE_LAST
} virDomainNetMacvlanMode;
VIR_ENUM_DECL(virDomainNetMacvlanMode);

typedef enum {
    VIR_DOMAIN_NET_MODEL_UNKNOWN = 0,   /* a free-form name in modelName */
    VIR_DOMAIN_NET_MODEL_NETFRONT,
    VIR_DOMAIN_NET_MODEL_RTL8139,
    VIR_DOMAIN_NET_MODEL_VIRTIO,
    VIR_DOMAIN_NET_MODEL_E1000,
    VIR_DOMAIN_NET_MODEL_E1000E,
    VIR_DOMAIN_NET_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_NET_MODEL_VIRTIO_NON_TRANSITIONAL,
    VIR_DOMAIN_NET_MODEL_USB_NET,
    VIR_DOMAIN_NET_MODEL_SPAPR_VLAN,
    VIR_DOMAIN_NET_MODEL_LAN9118,
    VIR_DOMAIN_NET_MODEL_SMC91C111,
    VIR_DOMAIN_NET_MODEL_VLANCE,
    VIR_DOMAIN_NET_MODEL_VMXNET,
    VIR_DOMAIN_NET_MODEL_VMXNET2,
    VIR_DOMAIN_NET_MODEL_VMXNET3,
    VIR_DOMAIN_NET_MODEL_AM79C970A,
    VIR_DOMAIN_NET_MODEL_AM79C973,
    VIR_DOMAIN_NET_MODEL_82540EM,
    VIR_DOMAIN_NET_MODEL_82545EM,
    VIR_DOMAIN_NET_MODEL_82543GC,

    VIR_DOMAIN_NET_MODEL_LAST
} virDomainNetModelType;
VIR_ENUM_DECL(virDomainNetModel);

typedef enum {
    VIR_DOMAIN_NET_LINK_STATE_DEFAULT = 0,
    VIR_DOMAIN_NET_LINK_STATE_UP,
    VIR_DOMAIN_NET_LINK_STATE_DOWN,

    VIR_DOMAIN_NET_LINK_STATE_LAST
} virDomainNetLinkState;
VIR_ENUM_DECL(virDomainNetLinkState);

typedef enum {
    VIR_DOMAIN_NET_MAC_TYPE_DEFAULT = 0,
    VIR_DOMAIN_NET_MAC_TYPE_GENERATED,
    VIR_DOMAIN_NET_MAC_TYPE_STATIC,

    VIR_DOMAIN_NET_MAC_TYPE_LAST
} virDomainNetMacType;
VIR_ENUM_DECL(virDomainNetMacType);

typedef enum {
    VIR_DOMAIN_NET_BACKEND_DEFAULT = 0,
    VIR_DOMAIN_NET_BACKEND_QEMU,
    VIR_DOMAIN_NET_BACKEND_VHOST,

    VIR_DOMAIN_NET_BACKEND_LAST
} virDomainNetDriverName;
VIR_ENUM_DECL(virDomainNetDriverName);

typedef struct _virDomainNetDef virDomainNetDef;
struct _virDomainNetDef {
    virDomainNetType type;
    virTristateBool trustGuestRxFilters;
    virTristateBool managed;             /* hostdev interfaces */
    unsigned char mac[VIR_DOMAIN_MAC_BUFLEN];
    bool macGenerated;                   /* no <mac> was given */
    virDomainNetMacType macType;
    virTristateBool macCheck;

    /* <source> */
    char *network;                       /* network */
    char *portgroup;
    char *bridge;                        /* bridge */
    char *dev;                           /* direct */
    virDomainNetMacvlanMode mode;
    char *sockAddress;                   /* server, client, mcast, udp */
    unsigned int sockPort;
    char *localAddress;                  /* udp <local> */
    unsigned int localPort;
    char *vhostType;                     /* vhostuser */
    char *vhostPath;
    char *vhostMode;
    char *internalName;                  /* internal */
    char *vdpaDev;                       /* vdpa */

    char *script;
    char *downscript;
    char *ifname;                        /* <target dev=''/> */
    virTristateBool ifnameManaged;       /* <target managed=''/> */
    virDomainNetModelType model;
    char *modelName;
    /* <driver> */
    virDomainNetDriverName driverName;
    unsigned int queues;
    unsigned int rxQueueSize;
    unsigned int txQueueSize;
    virTristateSwitch ioeventfd;
    virTristateSwitch eventIdx;
    /* <backend> */
    char *backendTap;
    char *backendVhost;
    char *filter;                        /* <filterref filter=''/> */
    size_t nfilterParams;
    char **filterParamNames;
    char **filterParamValues;
    /* <driver><host .../><guest .../></driver>: offload switches */
    virTristateSwitch driverHost[7];     /* csum gso tso4 tso6 ecn ufo mrg_rxbuf */
    virTristateSwitch driverGuest[5];    /* csum tso4 tso6 ecn ufo */
    /* <vlan> */
    bool hasVlan;
    virTristateBool vlanTrunk;
    size_t nvlanTags;
    unsigned int *vlanTags;
    char **vlanNativeModes;
    /* <virtualport> */
    char *vportType;
    char *vportParams[6];                /* managerid typeid typeidversion instanceid profileid interfaceid */
    /* <bandwidth>: inbound, outbound x average peak burst floor */
    bool hasBandwidth[2];
    unsigned long long bandwidth[2][4];
    virDomainNetLinkState linkstate;
    unsigned int mtu;
    virDomainDeviceInfo info;
};

/* ---------------------------------------------------------------------
 * Input, graphics, video, sound
 */

typedef enum {
    VIR_DOMAIN_INPUT_TYPE_MOUSE = 0,
    VIR_DOMAIN_INPUT_TYPE_TABLET,
    VIR_DOMAIN_INPUT_TYPE_KBD,
    VIR_DOMAIN_INPUT_TYPE_PASSTHROUGH,
    VIR_DOMAIN_INPUT_TYPE_EVDEV,

    VIR_DOMAIN_INPUT_TYPE_LAST
} virDomainInputType;
VIR_ENUM_DECL(virDomainInput);

typedef enum {
    VIR_DOMAIN_INPUT_BUS_DEFAULT = 0,
    VIR_DOMAIN_INPUT_BUS_PS2,
    VIR_DOMAIN_INPUT_BUS_USB,
    VIR_DOMAIN_INPUT_BUS_XEN,
    VIR_DOMAIN_INPUT_BUS_PARALLELS,
    VIR_DOMAIN_INPUT_BUS_VIRTIO,
    VIR_DOMAIN_INPUT_BUS_NONE,

    VIR_DOMAIN_INPUT_BUS_LAST
} virDomainInputBus;
VIR_ENUM_DECL(virDomainInputBus);

typedef enum {
    VIR_DOMAIN_INPUT_MODEL_DEFAULT = 0,
    VIR_DOMAIN_INPUT_MODEL_VIRTIO,
    VIR_DOMAIN_INPUT_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_INPUT_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_INPUT_MODEL_LAST
} virDomainInputModel;
VIR_ENUM_DECL(virDomainInputModel);

typedef struct _virDomainInputDef virDomainInputDef;
struct _virDomainInputDef {
    virDomainInputType type;
    virDomainInputBus bus;
    virDomainInputModel model;
    char *evdev;                         /* <source evdev=''/> (passthrough) */
    char *sourceDev;                     /* <source dev=''/> (evdev) */
    virDomainDeviceInfo info;
};

typedef enum {
    VIR_DOMAIN_GRAPHICS_TYPE_SDL = 0,
    VIR_DOMAIN_GRAPHICS_TYPE_VNC,
    VIR_DOMAIN_GRAPHICS_TYPE_RDP,
    VIR_DOMAIN_GRAPHICS_TYPE_DESKTOP,
    VIR_DOMAIN_GRAPHICS_TYPE_SPICE,
    VIR_DOMAIN_GRAPHICS_TYPE_EGL_HEADLESS,
    VIR_DOMAIN_GRAPHICS_TYPE_DBUS,

    VIR_DOMAIN_GRAPHICS_TYPE_LAST
} virDomainGraphicsType;
VIR_ENUM_DECL(virDomainGraphics);

typedef enum {
    VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NONE = 0,
    VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS,
    VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NETWORK,
    VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET,

    VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_LAST
} virDomainGraphicsListenType;
VIR_ENUM_DECL(virDomainGraphicsListen);

typedef struct _virDomainGraphicsListenDef virDomainGraphicsListenDef;
struct _virDomainGraphicsListenDef {
    virDomainGraphicsListenType type;
    char *address;
    char *network;
    char *socket;
};

typedef struct _virDomainGraphicsChannel virDomainGraphicsChannel;
struct _virDomainGraphicsChannel {
    char *name;
    char *mode;
};

typedef struct _virDomainGraphicsDef virDomainGraphicsDef;
struct _virDomainGraphicsDef {
    virDomainGraphicsType type;
    int port;                            /* vnc, spice, rdp; 0 when absent */
    bool hasPort;
    int tlsPort;
    bool hasTlsPort;
    int websocket;
    bool hasWebsocket;
    virTristateBool autoport;
    bool hasAutoport;
    char *keymap;
    char *passwd;
    char *passwdValidTo;
    char *connected;
    char *sharePolicy;
    char *display;                       /* sdl */
    char *xauth;
    virTristateBool fullscreen;
    char *defaultMode;                   /* spice defaultMode */
    virTristateBool multiUser;           /* rdp */
    virTristateBool replaceUser;
    size_t nlistens;
    virDomainGraphicsListenDef *listens;
    size_t nchannels;
    virDomainGraphicsChannel *channels;
    char *spiceAttrs[8];                 /* <image compression=''/> ... <filetransfer enable=''/> */
    char *glEnable;                      /* <gl enable='' rendernode=''/> */
    char *glRendernode;
};

typedef enum {
    VIR_DOMAIN_VIDEO_TYPE_DEFAULT = 0,
    VIR_DOMAIN_VIDEO_TYPE_VGA,
    VIR_DOMAIN_VIDEO_TYPE_CIRRUS,
    VIR_DOMAIN_VIDEO_TYPE_VMVGA,
    VIR_DOMAIN_VIDEO_TYPE_XEN,
    VIR_DOMAIN_VIDEO_TYPE_VBOX,
    VIR_DOMAIN_VIDEO_TYPE_QXL,
    VIR_DOMAIN_VIDEO_TYPE_PARALLELS,
    VIR_DOMAIN_VIDEO_TYPE_VIRTIO,
    VIR_DOMAIN_VIDEO_TYPE_GOP,
    VIR_DOMAIN_VIDEO_TYPE_NONE,
    VIR_DOMAIN_VIDEO_TYPE_BOCHS,
    VIR_DOMAIN_VIDEO_TYPE_RAMFB,

    VIR_DOMAIN_VIDEO_TYPE_LAST
} virDomainVideoType;
VIR_ENUM_DECL(virDomainVideo);

typedef struct _virDomainVideoDef virDomainVideoDef;
struct _virDomainVideoDef {
    virDomainVideoType type;
    unsigned int ram;
    unsigned int vram;
    unsigned int vram64;
    unsigned int vgamem;
    unsigned int heads;
    bool primary;
    virTristateBool accel3d;
    virTristateBool accel2d;
    bool hasAccel;
    char *driverName;                    /* <driver name=''/> */
    virDomainDeviceInfo info;
};

typedef enum {
    VIR_DOMAIN_SOUND_MODEL_SB16 = 0,
    VIR_DOMAIN_SOUND_MODEL_ES1370,
    VIR_DOMAIN_SOUND_MODEL_PCSPK,
    VIR_DOMAIN_SOUND_MODEL_AC97,
    VIR_DOMAIN_SOUND_MODEL_ICH6,
    VIR_DOMAIN_SOUND_MODEL_ICH9,
    VIR_DOMAIN_SOUND_MODEL_USB,
    VIR_DOMAIN_SOUND_MODEL_ICH7,

    VIR_DOMAIN_SOUND_MODEL_LAST
} virDomainSoundModel;
VIR_ENUM_DECL(virDomainSoundModel);

typedef enum {
    VIR_DOMAIN_SOUND_CODEC_TYPE_DUPLEX = 0,
    VIR_DOMAIN_SOUND_CODEC_TYPE_MICRO,
    VIR_DOMAIN_SOUND_CODEC_TYPE_OUTPUT,

    VIR_DOMAIN_SOUND_CODEC_TYPE_LAST
} virDomainSoundCodecType;
VIR_ENUM_DECL(virDomainSoundCodec);

typedef struct _virDomainSoundDef virDomainSoundDef;
struct _virDomainSoundDef {
    virDomainSoundModel model;
    size_t ncodecs;
    virDomainSoundCodecType *codecs;
    unsigned int audioId;                /* <audio id=''/>; 0 when absent */
    virDomainDeviceInfo info;
};

/* ---------------------------------------------------------------------
 * Character devices: serial, parallel, console, channel
 */

typedef enum {
    VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL = 0,
    VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL,
    VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE,
    VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL,

    VIR_DOMAIN_CHR_DEVICE_TYPE_LAST
} virDomainChrDeviceType;
VIR_ENUM_DECL(virDomainChrDevice);

typedef enum {
    VIR_DOMAIN_CHR_TYPE_NULL = 0,
    VIR_DOMAIN_CHR_TYPE_VC,
    VIR_DOMAIN_CHR_TYPE_PTY,
    VIR_DOMAIN_CHR_TYPE_DEV,
    VIR_DOMAIN_CHR_TYPE_FILE,
    VIR_DOMAIN_CHR_TYPE_PIPE,
    VIR_DOMAIN_CHR_TYPE_STDIO,
    VIR_DOMAIN_CHR_TYPE_UDP,
    VIR_DOMAIN_CHR_TYPE_TCP,
    VIR_DOMAIN_CHR_TYPE_UNIX,
    VIR_DOMAIN_CHR_TYPE_SPICEVMC,
    VIR_DOMAIN_CHR_TYPE_SPICEPORT,
    VIR_DOMAIN_CHR_TYPE_NMDM,
    VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT,
    VIR_DOMAIN_CHR_TYPE_DBUS,

    VIR_DOMAIN_CHR_TYPE_LAST
} virDomainChrType;
VIR_ENUM_DECL(virDomainChr);

typedef enum {
    VIR_DOMAIN_CHR_TCP_PROTOCOL_RAW = 0,
    VIR_DOMAIN_CHR_TCP_PROTOCOL_TELNET,
    VIR_DOMAIN_CHR_TCP_PROTOCOL_TELNETS,
    VIR_DOMAIN_CHR_TCP_PROTOCOL_TLS,

    VIR_DOMAIN_CHR_TCP_PROTOCOL_LAST
} virDomainChrTcpProtocol;
VIR_ENUM_DECL(virDomainChrTcpProtocol);

typedef struct _virDomainChrSourceDef virDomainChrSourceDef;
struct _virDomainChrSourceDef {
    virDomainChrType type;
    char *path;                          /* dev, file, pipe, pty, unix */
    virTristateSwitch append;            /* file */
    bool listen;                         /* tcp, unix: mode='bind' */
    bool hasMode;
    char *host;                          /* tcp, udp connect */
    char *service;
    char *bindHost;                      /* udp bind */
    char *bindService;
    virDomainChrTcpProtocol protocol;
    bool hasProtocol;
    virTristateBool tls;
    char *channel;                       /* spiceport */
    char *master;                        /* nmdm */
    char *slave;
    char *logFile;
    virTristateSwitch logAppend;
    bool hasReconnect;
    virTristateBool reconnect;
    unsigned int reconnectTimeout;
};

typedef struct _virDomainChrDef virDomainChrDef;
struct _virDomainChrDef {
    virDomainChrDeviceType deviceType;
    int targetType;                      /* per device type; -1 when none */
    bool hasTargetType;
    int targetModel;                     /* serial <model name=''/>; -1 when none */
    int port;                            /* -1 when absent */
    char *targetName;                    /* virtio/xen channel name */
    char *targetAddr;                    /* guestfwd */
    char *targetPort;
    char *targetState;
    virDomainChrSourceDef source;
    virDomainDeviceInfo info;
};

/* ---------------------------------------------------------------------
 * Watchdog, memballoon, RNG, host devices
 */

typedef enum {
    VIR_DOMAIN_WATCHDOG_MODEL_I6300ESB = 0,
    VIR_DOMAIN_WATCHDOG_MODEL_IB700,
    VIR_DOMAIN_WATCHDOG_MODEL_DIAG288,

    VIR_DOMAIN_WATCHDOG_MODEL_LAST
} virDomainWatchdogModel;
VIR_ENUM_DECL(virDomainWatchdogModel);

typedef enum {
    VIR_DOMAIN_WATCHDOG_ACTION_RESET = 0,
    VIR_DOMAIN_WATCHDOG_ACTION_SHUTDOWN,
    VIR_DOMAIN_WATCHDOG_ACTION_POWEROFF,
    VIR_DOMAIN_WATCHDOG_ACTION_PAUSE,
    VIR_DOMAIN_WATCHDOG_ACTION_DUMP,
    VIR_DOMAIN_WATCHDOG_ACTION_NONE,
    VIR_DOMAIN_WATCHDOG_ACTION_INJECTNMI,

    VIR_DOMAIN_WATCHDOG_ACTION_LAST
} virDomainWatchdogAction;
VIR_ENUM_DECL(virDomainWatchdogAction);

typedef struct _virDomainWatchdogDef virDomainWatchdogDef;
struct _virDomainWatchdogDef {
    virDomainWatchdogModel model;
    virDomainWatchdogAction action;
    virDomainDeviceInfo info;
};

typedef enum {
    VIR_DOMAIN_MEMBALLOON_MODEL_VIRTIO = 0,
    VIR_DOMAIN_MEMBALLOON_MODEL_XEN,
    VIR_DOMAIN_MEMBALLOON_MODEL_NONE,
    VIR_DOMAIN_MEMBALLOON_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_MEMBALLOON_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_MEMBALLOON_MODEL_LAST
} virDomainMemballoonModel;
VIR_ENUM_DECL(virDomainMemballoonModel);

typedef struct _virDomainMemballoonDef virDomainMemballoonDef;
struct _virDomainMemballoonDef {
    virDomainMemballoonModel model;
    virTristateSwitch autodeflate;
    virTristateSwitch freePageReporting;
    int period;                          /* <stats period=''/>; 0 when absent */
    virDomainDeviceInfo info;
};

typedef enum {
    VIR_DOMAIN_RNG_MODEL_VIRTIO = 0,
    VIR_DOMAIN_RNG_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_RNG_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_RNG_MODEL_LAST
} virDomainRNGModel;
VIR_ENUM_DECL(virDomainRNGModel);

typedef enum {
    VIR_DOMAIN_RNG_BACKEND_RANDOM = 0,
    VIR_DOMAIN_RNG_BACKEND_EGD,
    VIR_DOMAIN_RNG_BACKEND_BUILTIN,

    VIR_DOMAIN_RNG_BACKEND_LAST
} virDomainRNGBackend;
VIR_ENUM_DECL(virDomainRNGBackend);

typedef struct _virDomainRNGDef virDomainRNGDef;
struct _virDomainRNGDef {
    virDomainRNGModel model;
    virDomainRNGBackend backend;
    unsigned int rate;                   /* bytes; 0 when absent */
    unsigned int period;
    char *file;                          /* random backend */
    virDomainChrSourceDef *chr;          /* egd backend */
    virDomainDeviceInfo info;
};

typedef enum {
    VIR_DOMAIN_HOSTDEV_MODE_SUBSYS = 0,
    VIR_DOMAIN_HOSTDEV_MODE_CAPABILITIES,

    VIR_DOMAIN_HOSTDEV_MODE_LAST
} virDomainHostdevMode;
VIR_ENUM_DECL(virDomainHostdevMode);

typedef enum {
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB = 0,
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI,
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI,
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST,
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV,

    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST
} virDomainHostdevSubsysType;
VIR_ENUM_DECL(virDomainHostdevSubsys);

typedef struct _virDomainHostdevDef virDomainHostdevDef;
struct _virDomainHostdevDef {
    virDomainHostdevMode mode;
    virDomainHostdevSubsysType type;
    bool managed;
    /* usb */
    bool hasVendor;
    unsigned int vendor;
    bool hasProduct;
    unsigned int product;
    bool hasUSBAddress;
    unsigned int usbBus;
    unsigned int usbDevice;
    /* pci */
    virDomainDevicePCIAddress pciAddr;
    char *driverName;                    /* <driver name=''/> */
    /* scsi */
    char *scsiAdapter;
    virDomainDeviceDriveAddress scsiAddr;
    virDomainStartupPolicy startupPolicy;    /* usb <source startupPolicy=''> */
    virTristateBool rawio;               /* scsi */
    char *sgio;
    /* mdev */
    char *mdevUUID;
    char *mdevModel;
    bool readonly;
    bool shareable;
    virDomainDeviceInfo info;
};

/* ---------------------------------------------------------------------
 * Less common devices, kept with what libvirt prints for them
 */

typedef struct _virDomainFSDef virDomainFSDef;
struct _virDomainFSDef {
    char *type;                          /* mount, block, file, template, ram, bind, volume */
    char *accessmode;
    char *multidevs;
    char *fmode;
    char *dmode;
    char *driverType;                    /* <driver type='' format='' queue='' wrpolicy=''/> */
    char *driverFormat;
    unsigned int driverQueue;
    char *driverWrpolicy;
    char *srcAttr;                       /* which <source> attribute: dir, dev, file, name, usage, socket */
    char *src;
    char *srcUnits;                      /* ram */
    char *dst;
    bool readonly;
    virDomainDeviceInfo info;
};

typedef struct _virDomainTPMDef virDomainTPMDef;
struct _virDomainTPMDef {
    char *model;
    char *backendType;
    char *backendVersion;
    char *devicePath;                    /* passthrough <device path=''/> */
    virDomainDeviceInfo info;
};

typedef struct _virDomainAudioDef virDomainAudioDef;
struct _virDomainAudioDef {
    unsigned int id;
    char *type;
};

typedef struct _virDomainRedirdevDef virDomainRedirdevDef;
struct _virDomainRedirdevDef {
    char *bus;
    virDomainChrSourceDef source;
    virDomainDeviceInfo info;
};

typedef struct _virDomainSmartcardDef virDomainSmartcardDef;
struct _virDomainSmartcardDef {
    char *mode;                          /* host, host-certificates, passthrough */
    size_t ncertificates;
    char **certificates;
    char *database;
    virDomainChrSourceDef source;        /* passthrough */
    virDomainDeviceInfo info;
};

typedef struct _virDomainHubDef virDomainHubDef;
struct _virDomainHubDef {
    char *type;
    virDomainDeviceInfo info;
};

typedef struct _virDomainPanicDef virDomainPanicDef;
struct _virDomainPanicDef {
    char *model;
    virDomainDeviceInfo info;
};

typedef struct _virDomainIOMMUDef virDomainIOMMUDef;
struct _virDomainIOMMUDef {
    char *model;
    virTristateSwitch intremap;
    virTristateSwitch cachingMode;
    virTristateSwitch eim;
    virTristateSwitch iotlb;
    unsigned int awBits;
    virDomainDeviceInfo info;
};

typedef struct _virDomainVsockDef virDomainVsockDef;
struct _virDomainVsockDef {
    char *model;
    virTristateBool cidAuto;
    unsigned int cid;
    virDomainDeviceInfo info;
};

typedef struct _virDomainShmemDef virDomainShmemDef;
struct _virDomainShmemDef {
    char *name;
    char *model;
    unsigned long long size;             /* bytes; 0 when absent */
    bool hasServer;
    char *serverPath;
    bool hasMsi;
    unsigned int msiVectors;
    virTristateSwitch msiIoeventfd;
    virDomainDeviceInfo info;
};

typedef struct _virDomainMemoryDef virDomainMemoryDef;
struct _virDomainMemoryDef {
    char *model;
    char *access;
    char *discard;
    unsigned long long pagesize;         /* KiB, <source><pagesize> */
    char *sourceNodemask;
    char *sourcePath;
    unsigned long long size;             /* KiB */
    int targetNode;                      /* -1 when absent */
    unsigned long long label;            /* nvdimm <label><size>, KiB */
    virDomainDeviceInfo info;
};

/* ---------------------------------------------------------------------
 * Free, parse and format
 */

void virDomainDeviceInfoClear(virDomainDeviceInfo *info);
void virDomainDiskDefFree(virDomainDiskDef *def);
void virDomainControllerDefFree(virDomainControllerDef *def);
void virDomainNetDefFree(virDomainNetDef *def);
void virDomainInputDefFree(virDomainInputDef *def);
void virDomainGraphicsDefFree(virDomainGraphicsDef *def);
void virDomainVideoDefFree(virDomainVideoDef *def);
void virDomainSoundDefFree(virDomainSoundDef *def);
void virDomainChrSourceDefClear(virDomainChrSourceDef *def);
void virDomainChrDefFree(virDomainChrDef *def);
void virDomainWatchdogDefFree(virDomainWatchdogDef *def);
void virDomainMemballoonDefFree(virDomainMemballoonDef *def);
void virDomainRNGDefFree(virDomainRNGDef *def);
void virDomainHostdevDefFree(virDomainHostdevDef *def);
void virDomainFSDefFree(virDomainFSDef *def);
void virDomainTPMDefFree(virDomainTPMDef *def);
void virDomainAudioDefFree(virDomainAudioDef *def);
void virDomainRedirdevDefFree(virDomainRedirdevDef *def);
void virDomainSmartcardDefFree(virDomainSmartcardDef *def);
void virDomainHubDefFree(virDomainHubDef *def);
void virDomainPanicDefFree(virDomainPanicDef *def);
void virDomainIOMMUDefFree(virDomainIOMMUDef *def);
void virDomainVsockDefFree(virDomainVsockDef *def);
void virDomainShmemDefFree(virDomainShmemDef *def);
void virDomainMemoryDefFree(virDomainMemoryDef *def);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainDiskDef, virDomainDiskDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainControllerDef, virDomainControllerDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainNetDef, virDomainNetDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainInputDef, virDomainInputDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainGraphicsDef, virDomainGraphicsDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainVideoDef, virDomainVideoDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSoundDef, virDomainSoundDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainChrDef, virDomainChrDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainWatchdogDef, virDomainWatchdogDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainMemballoonDef, virDomainMemballoonDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainRNGDef, virDomainRNGDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainHostdevDef, virDomainHostdevDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainFSDef, virDomainFSDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainTPMDef, virDomainTPMDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainAudioDef, virDomainAudioDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainRedirdevDef, virDomainRedirdevDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSmartcardDef, virDomainSmartcardDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainHubDef, virDomainHubDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainPanicDef, virDomainPanicDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainIOMMUDef, virDomainIOMMUDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainVsockDef, virDomainVsockDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainShmemDef, virDomainShmemDefFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainMemoryDef, virDomainMemoryDefFree);

int virDomainDefDevicesParseXML(xmlXPathContextPtr ctxt, virDomainDef *def,
                                unsigned int parseFlags);
int virDomainDefDevicesPostParse(virDomainDef *def, unsigned int parseFlags);
int virDomainDefDevicesValidate(const virDomainDef *def);
void virDomainDefDevicesFormat(virBuffer *buf, const virDomainDef *def,
                               unsigned int formatFlags);

int virDomainDiskNameToIndex(const char *name);
int virDomainNetGenerateIfnames(virDomainDef *def, const char *prefix);
void virDomainMacFormat(const unsigned char *mac, char *str);
void virDomainDeviceInfoFormat(virBuffer *buf, const virDomainDeviceInfo *info,
                               unsigned int formatFlags, bool withBoot);
const char *virDomainControllerModelToString(virDomainControllerType type, int model);
