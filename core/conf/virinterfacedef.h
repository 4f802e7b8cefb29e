/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virinterfacedef.h: host interface XML definition (parse, validate,
 * format, free)
 *
 * A virInterfaceDef is what an <interface type='ethernet'|'bridge'|'bond'|
 * 'vlan'> document (virInterfaceDefineXML(), virInterfaceGetXMLDesc())
 * says.  Parsing accepts what libvirt 9.0 accepts and refuses the rest with
 * its messages, checking in its order; formatting writes libvirt's layout,
 * so that the text matches libvirt's byte for byte and reads back to the
 * same definition.
 */
#pragma once

#include <libxml/tree.h>

#include "internal.h"
#include "virenum.h"

typedef enum {
    VIR_INTERFACE_DEF_PARSE_INACTIVE = 1 << 0,   /* accepted; the XML has no live-only data */
    VIR_INTERFACE_DEF_PARSE_VALIDATE = 1 << 1,   /* check against docs/schemas/interface.rng */
} virInterfaceDefParseFlags;

typedef enum {
    VIR_INTERFACE_TYPE_ETHERNET = 0,
    VIR_INTERFACE_TYPE_BRIDGE,
    VIR_INTERFACE_TYPE_BOND,
    VIR_INTERFACE_TYPE_VLAN,

    VIR_INTERFACE_TYPE_LAST
} virInterfaceType;
VIR_ENUM_DECL(virInterface);

typedef enum {
    VIR_INTERFACE_START_UNSPECIFIED = 0,   /* no <start> */
    VIR_INTERFACE_START_NONE,
    VIR_INTERFACE_START_ONBOOT,
    VIR_INTERFACE_START_HOTPLUG,

    VIR_INTERFACE_START_LAST
} virInterfaceStartMode;
VIR_ENUM_DECL(virInterfaceStartMode);

typedef enum {
    VIR_INTERFACE_PROTOCOL_IPV4 = 0,
    VIR_INTERFACE_PROTOCOL_IPV6,

    VIR_INTERFACE_PROTOCOL_LAST
} virInterfaceProtocolFamily;
VIR_ENUM_DECL(virInterfaceProtocolFamily);

/* the kernel's operational states (RFC 2863), as <link state=''/> names them */
typedef enum {
    VIR_INTERFACE_LINK_STATE_DEFAULT = 0,  /* not given */
    VIR_INTERFACE_LINK_STATE_UNKNOWN,
    VIR_INTERFACE_LINK_STATE_NOT_PRESENT,
    VIR_INTERFACE_LINK_STATE_DOWN,
    VIR_INTERFACE_LINK_STATE_LOWER_LAYER_DOWN,
    VIR_INTERFACE_LINK_STATE_TESTING,
    VIR_INTERFACE_LINK_STATE_DORMANT,
    VIR_INTERFACE_LINK_STATE_UP,

    VIR_INTERFACE_LINK_STATE_LAST
} virInterfaceLinkState;
VIR_ENUM_DECL(virInterfaceLinkState);

typedef enum {
    VIR_INTERFACE_BOND_MODE_DEFAULT = 0,   /* no mode='' */
    VIR_INTERFACE_BOND_MODE_BALANCE_RR,
    VIR_INTERFACE_BOND_MODE_ACTIVE_BACKUP,
    VIR_INTERFACE_BOND_MODE_BALANCE_XOR,
    VIR_INTERFACE_BOND_MODE_BROADCAST,
    VIR_INTERFACE_BOND_MODE_8023AD,
    VIR_INTERFACE_BOND_MODE_BALANCE_TLB,
    VIR_INTERFACE_BOND_MODE_BALANCE_ALB,

    VIR_INTERFACE_BOND_MODE_LAST
} virInterfaceBondMode;
VIR_ENUM_DECL(virInterfaceBondMode);

typedef enum {
    VIR_INTERFACE_BOND_MONITOR_NONE = 0,
    VIR_INTERFACE_BOND_MONITOR_MII,        /* <miimon> */
    VIR_INTERFACE_BOND_MONITOR_ARP,        /* <arpmon> */

    VIR_INTERFACE_BOND_MONITOR_LAST
} virInterfaceBondMonitor;

typedef enum {
    VIR_INTERFACE_BOND_CARRIER_DEFAULT = 0,
    VIR_INTERFACE_BOND_CARRIER_IOCTL,
    VIR_INTERFACE_BOND_CARRIER_NETIF,

    VIR_INTERFACE_BOND_CARRIER_LAST
} virInterfaceBondCarrier;
VIR_ENUM_DECL(virInterfaceBondCarrier);

typedef enum {
    VIR_INTERFACE_BOND_VALIDATE_DEFAULT = 0,
    VIR_INTERFACE_BOND_VALIDATE_ACTIVE,
    VIR_INTERFACE_BOND_VALIDATE_BACKUP,
    VIR_INTERFACE_BOND_VALIDATE_ALL,

    VIR_INTERFACE_BOND_VALIDATE_LAST
} virInterfaceBondValidate;
VIR_ENUM_DECL(virInterfaceBondValidate);

typedef struct _virInterfaceDef virInterfaceDef;

/* <ip address='' prefix=''/>; the address is kept as written */
typedef struct _virInterfaceIPDef virInterfaceIPDef;
struct _virInterfaceIPDef {
    char *address;                 /* never NULL: an <ip> without one is dropped */
    int prefix;                    /* 0: none written (or 0 written) */
};

typedef struct _virInterfaceProtocolDef virInterfaceProtocolDef;
struct _virInterfaceProtocolDef {
    virInterfaceProtocolFamily family;
    bool autoconf;                 /* <autoconf/>, IPv6 only */
    bool dhcp;                     /* <dhcp/> */
    virTristateBool peerdns;       /* <dhcp peerdns='yes|no'/> */
    size_t nips;
    virInterfaceIPDef *ips;
    char *gateway;                 /* <route gateway=''/>, the first route only */
};

typedef struct _virInterfaceLinkDef virInterfaceLinkDef;
struct _virInterfaceLinkDef {
    virInterfaceLinkState state;
    unsigned int speed;            /* Mbit/s; 0: unknown */
};

typedef struct _virInterfaceBridgeDef virInterfaceBridgeDef;
struct _virInterfaceBridgeDef {
    virTristateSwitch stp;         /* anything but on/off: absent, as is the rest */
    char *delay;                   /* kept as written (seconds, may be fractional) */
    size_t nitfs;
    virInterfaceDef **itfs;        /* ethernet, bond or vlan */
};

typedef struct _virInterfaceBondDef virInterfaceBondDef;
struct _virInterfaceBondDef {
    virInterfaceBondMode mode;
    virInterfaceBondMonitor monitor;
    int frequency;                 /* MII: ms between checks */
    int downdelay;                 /* MII: written when > 0 */
    int updelay;                   /* MII: written when > 0 */
    virInterfaceBondCarrier carrier;
    int interval;                  /* ARP: ms */
    char *target;                  /* ARP: the address probed */
    virInterfaceBondValidate validate;
    size_t nitfs;
    virInterfaceDef **itfs;        /* ethernet only */
};

typedef struct _virInterfaceVlanDef virInterfaceVlanDef;
struct _virInterfaceVlanDef {
    char *tag;                     /* kept as written */
    char *dev;                     /* <interface name=''/>: the underlying device */
};

struct _virInterfaceDef {
    char *name;
    char *mac;                     /* NULL when absent; only ethernet interfaces have one */
    virInterfaceType type;

    /* top-level interface only: enslaved ones inherit them */
    virInterfaceStartMode startmode;
    unsigned int mtu;              /* 0: unset */
    size_t nprotos;
    virInterfaceProtocolDef *protos;

    virInterfaceLinkDef lnk;       /* not for bridges */

    virInterfaceBridgeDef bridge;  /* type bridge */
    virInterfaceBondDef bond;      /* type bond */
    virInterfaceVlanDef vlan;      /* type vlan */
};

virInterfaceDef *virInterfaceDefParseString(const char *xml, unsigned int flags);
virInterfaceDef *virInterfaceDefParseFile(const char *path, unsigned int flags);
virInterfaceDef *virInterfaceDefParseNode(xmlDocPtr xml, xmlNodePtr root, unsigned int flags);
char *virInterfaceDefFormat(const virInterfaceDef *def, unsigned int flags);
void virInterfaceDefFree(virInterfaceDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virInterfaceDef, virInterfaceDefFree);
