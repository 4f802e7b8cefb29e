/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virnetworkdef.h: network XML definition (parse, validate, format, update,
 * free)
 *
 * A virNetworkDef is what a <network> document says, normalised the way
 * libvirt 9.0 normalises it: parsing applies the same checks with the same
 * messages, formatting gives the same elements in the same order with the
 * same defaults, so that parse(format(parse(x))) == parse(x) and the text
 * matches libvirt's byte for byte.
 */
#pragma once

#include <sys/socket.h>
#include <netinet/in.h>

#include <libxml/tree.h>

#include "internal.h"
#include "virpciaddr.h"
#include "virenum.h"

/* An IPv4 or IPv6 address as written in the XML (numeric only). */
typedef struct _virNetworkAddr virNetworkAddr;
struct _virNetworkAddr {
    union {
        struct sockaddr sa;
        struct sockaddr_in inet4;
        struct sockaddr_in6 inet6;
        struct sockaddr_storage stor;
    } data;                       /* data.sa.sa_family is AF_UNSPEC when unset */
    socklen_t len;
};

#define VIR_NETWORK_MAC_BUFLEN 6
#define VIR_NETWORK_VPORT_PROFILEID_MAX 40   /* with the terminating NUL */

typedef enum {
    VIR_NETWORK_FORWARD_NONE = 0,   /* isolated: no <forward> */
    VIR_NETWORK_FORWARD_NAT,
    VIR_NETWORK_FORWARD_ROUTE,
    VIR_NETWORK_FORWARD_OPEN,
    VIR_NETWORK_FORWARD_BRIDGE,
    VIR_NETWORK_FORWARD_PRIVATE,
    VIR_NETWORK_FORWARD_VEPA,
    VIR_NETWORK_FORWARD_PASSTHROUGH,
    VIR_NETWORK_FORWARD_HOSTDEV,

    VIR_NETWORK_FORWARD_LAST
} virNetworkForwardType;
VIR_ENUM_DECL(virNetworkForward);

typedef enum {
    VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_DEFAULT = 0,
    VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_KERNEL,
    VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_LIBVIRT,

    VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_LAST
} virNetworkBridgeMACTableManagerType;
VIR_ENUM_DECL(virNetworkBridgeMACTableManager);

typedef enum {
    VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NONE = 0,
    VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_PCI,      /* <address type='pci' .../> */
    VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV,   /* <interface dev='...'/> */

    VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_LAST
} virNetworkForwardHostdevDeviceType;
VIR_ENUM_DECL(virNetworkForwardHostdevDevice);

typedef enum {
    VIR_NETWORK_FORWARD_DRIVER_NAME_DEFAULT = 0,
    VIR_NETWORK_FORWARD_DRIVER_NAME_KVM,
    VIR_NETWORK_FORWARD_DRIVER_NAME_VFIO,

    VIR_NETWORK_FORWARD_DRIVER_NAME_LAST
} virNetworkForwardDriverNameType;
VIR_ENUM_DECL(virNetworkForwardDriverName);

typedef enum {
    VIR_NETWORK_DHCP_LEASE_TIME_UNIT_SECONDS = 0,
    VIR_NETWORK_DHCP_LEASE_TIME_UNIT_MINUTES,
    VIR_NETWORK_DHCP_LEASE_TIME_UNIT_HOURS,

    VIR_NETWORK_DHCP_LEASE_TIME_UNIT_LAST
} virNetworkDHCPLeaseTimeUnitType;
VIR_ENUM_DECL(virNetworkDHCPLeaseTimeUnit);

typedef enum {
    VIR_NETWORK_VLAN_NATIVE_MODE_DEFAULT = 0,
    VIR_NETWORK_VLAN_NATIVE_MODE_TAGGED,
    VIR_NETWORK_VLAN_NATIVE_MODE_UNTAGGED,

    VIR_NETWORK_VLAN_NATIVE_MODE_LAST
} virNetworkVlanNativeMode;
VIR_ENUM_DECL(virNetworkVlanNativeMode);

typedef enum {
    VIR_NETWORK_VPORT_NONE = 0,
    VIR_NETWORK_VPORT_8021QBG,
    VIR_NETWORK_VPORT_8021QBH,
    VIR_NETWORK_VPORT_OPENVSWITCH,
    VIR_NETWORK_VPORT_MIDONET,

    VIR_NETWORK_VPORT_LAST
} virNetworkVirtualPortType;
VIR_ENUM_DECL(virNetworkVirtualPort);

/* <lease expiry='N' unit='...'/>; expiry 0 means infinite */
typedef struct _virNetworkDHCPLeaseTimeDef virNetworkDHCPLeaseTimeDef;
struct _virNetworkDHCPLeaseTimeDef {
    unsigned long long expiry;
    virNetworkDHCPLeaseTimeUnitType unit;
};

typedef struct _virNetworkDHCPRangeDef virNetworkDHCPRangeDef;
struct _virNetworkDHCPRangeDef {
    virNetworkAddr start;
    virNetworkAddr end;
    virNetworkDHCPLeaseTimeDef *lease;     /* NULL: no <lease> */
};

/* A static host; the strings are kept as written (libvirt does not normalise them). */
typedef struct _virNetworkDHCPHostDef virNetworkDHCPHostDef;
struct _virNetworkDHCPHostDef {
    char *mac;
    char *id;
    char *name;
    virNetworkAddr ip;
    virNetworkDHCPLeaseTimeDef *lease;
};

typedef struct _virNetworkIPDef virNetworkIPDef;
struct _virNetworkIPDef {
    char *family;                  /* "ipv4", "ipv6", or NULL when not written */
    virNetworkAddr address;
    virNetworkAddr netmask;        /* unset when none was written */
    unsigned int prefix;           /* 0 when none was written */
    virTristateBool localPTR;

    size_t nranges;
    virNetworkDHCPRangeDef *ranges;
    size_t nhosts;
    virNetworkDHCPHostDef *hosts;

    char *tftproot;                /* IPv4 only */
    char *bootfile;                /* <bootp file=.../>, IPv4 only */
    virNetworkAddr bootserver;
};

typedef struct _virNetworkRouteDef virNetworkRouteDef;
struct _virNetworkRouteDef {
    char *family;
    virNetworkAddr address;
    virNetworkAddr netmask;
    unsigned int prefix;
    bool hasPrefix;                /* prefix='0' is written back */
    virNetworkAddr gateway;
    unsigned int metric;
    bool hasMetric;
};

typedef struct _virNetworkDNSTxtDef virNetworkDNSTxtDef;
struct _virNetworkDNSTxtDef {
    char *name;
    char *value;
};

typedef struct _virNetworkDNSSrvDef virNetworkDNSSrvDef;
struct _virNetworkDNSSrvDef {
    char *service;
    char *protocol;
    char *domain;
    char *target;
    unsigned int port;             /* 0: not written */
    unsigned int priority;
    unsigned int weight;
};

typedef struct _virNetworkDNSHostDef virNetworkDNSHostDef;
struct _virNetworkDNSHostDef {
    virNetworkAddr ip;
    size_t nnames;
    char **names;
};

typedef struct _virNetworkDNSForwarder virNetworkDNSForwarder;
struct _virNetworkDNSForwarder {
    virNetworkAddr addr;           /* unset: only a domain */
    char *domain;
};

typedef struct _virNetworkDNSDef virNetworkDNSDef;
struct _virNetworkDNSDef {
    virTristateBool enable;
    virTristateBool forwardPlainNames;
    size_t nfwds;
    virNetworkDNSForwarder *forwarders;
    size_t ntxts;
    virNetworkDNSTxtDef *txts;
    size_t nsrvs;
    virNetworkDNSSrvDef *srvs;
    size_t nhosts;
    virNetworkDNSHostDef *hosts;
};

typedef virPCIAddress virNetworkPCIAddress;

typedef struct _virNetworkForwardIfDef virNetworkForwardIfDef;
struct _virNetworkForwardIfDef {
    virNetworkForwardHostdevDeviceType type;
    union {
        virNetworkPCIAddress pci;  /* type PCI */
        char *dev;                 /* type NETDEV */
    } device;
    unsigned int connections;      /* live state only */
};

typedef struct _virNetworkForwardPfDef virNetworkForwardPfDef;
struct _virNetworkForwardPfDef {
    char *dev;
    unsigned int connections;      /* live state only */
};

typedef struct _virNetworkForwardDef virNetworkForwardDef;
struct _virNetworkForwardDef {
    virNetworkForwardType type;
    bool managed;                  /* hostdev mode */
    virNetworkForwardDriverNameType driverName;

    size_t npfs;                   /* 0 or 1 */
    virNetworkForwardPfDef *pfs;
    size_t nifs;
    virNetworkForwardIfDef *ifs;

    /* <nat>: SNAT address range and port range */
    virNetworkAddr natAddrStart;
    virNetworkAddr natAddrEnd;
    unsigned int natPortStart;
    unsigned int natPortEnd;
    virTristateBool natIPv6;
};

typedef struct _virNetworkBandwidthRate virNetworkBandwidthRate;
struct _virNetworkBandwidthRate {
    unsigned long long average;    /* kB/s */
    unsigned long long peak;       /* kB/s */
    unsigned long long floor;      /* kB/s, inbound only (never in a network) */
    unsigned long long burst;      /* kB */
};

typedef struct _virNetworkBandwidthDef virNetworkBandwidthDef;
struct _virNetworkBandwidthDef {
    virNetworkBandwidthRate *in;
    virNetworkBandwidthRate *out;
};

typedef struct _virNetworkVlanDef virNetworkVlanDef;
struct _virNetworkVlanDef {
    bool trunk;
    size_t nTags;                  /* 0: no <vlan> */
    unsigned int *tag;
    unsigned int nativeTag;
    virNetworkVlanNativeMode nativeMode;
};

typedef struct _virNetworkVirtualPortDef virNetworkVirtualPortDef;
struct _virNetworkVirtualPortDef {
    virNetworkVirtualPortType type;
    bool managerIDSpecified;
    unsigned int managerID;        /* 802.1Qbg, 0..255 */
    bool typeIDSpecified;
    unsigned int typeID;           /* 802.1Qbg, 0..0xffffff */
    bool typeIDVersionSpecified;
    unsigned int typeIDVersion;    /* 802.1Qbg, 0..255 */
    bool instanceIDSpecified;
    unsigned char instanceID[VIR_UUID_BUFLEN];
    char profileID[VIR_NETWORK_VPORT_PROFILEID_MAX];   /* "" when unset */
    bool interfaceIDSpecified;
    unsigned char interfaceID[VIR_UUID_BUFLEN];
};

typedef struct _virNetworkPortGroupDef virNetworkPortGroupDef;
struct _virNetworkPortGroupDef {
    char *name;
    bool isDefault;
    virTristateBool trustGuestRxFilters;
    virNetworkVirtualPortDef *virtPortProfile;
    virNetworkBandwidthDef *bandwidth;
    virNetworkVlanDef vlan;
};

typedef struct _virNetworkDef virNetworkDef;
struct _virNetworkDef {
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    bool uuidSpecified;            /* false: generated */
    unsigned int connections;      /* live state only */
    bool ipv6nogw;                 /* ipv6='yes' */
    virTristateBool trustGuestRxFilters;
    xmlNodePtr metadata;           /* a private copy of <metadata>, or NULL */

    virNetworkForwardDef forward;

    char *bridge;
    char *bridgeZone;
    bool stp;
    unsigned long long delay;
    virNetworkBridgeMACTableManagerType macTableManager;

    unsigned int mtu;              /* 0: unset */
    unsigned char mac[VIR_NETWORK_MAC_BUFLEN];
    bool macSpecified;

    char *domain;
    virTristateBool domainLocalOnly;

    virNetworkDNSDef dns;
    virNetworkVlanDef vlan;
    virNetworkBandwidthDef *bandwidth;

    size_t nips;
    virNetworkIPDef *ips;
    size_t nroutes;
    virNetworkRouteDef *routes;

    virNetworkVirtualPortDef *virtPortProfile;

    size_t nPortGroups;
    virNetworkPortGroupDef *portGroups;
};

virNetworkDef *virNetworkDefParseString(const char *xml, unsigned int flags);
virNetworkDef *virNetworkDefParseFile(const char *path, unsigned int flags);
virNetworkDef *virNetworkDefParseNode(xmlDocPtr xml, xmlNodePtr root, unsigned int flags);
char *virNetworkDefFormat(const virNetworkDef *def, unsigned int flags);
void virNetworkDefFree(virNetworkDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetworkDef, virNetworkDefFree);

int virNetworkAddrFormatBuf(const virNetworkAddr *addr, char *buf, size_t buflen);
int virNetworkIPDefPrefix(const virNetworkIPDef *def);

int virNetworkDefUpdateSection(virNetworkDef *def, unsigned int command, unsigned int section,
                               int parentIndex, const char *xml, unsigned int flags);
