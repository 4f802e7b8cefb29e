/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-network.h: virtual networks and their ports
 *
 * Virtual networks that guests attach to, DHCP leases, ports and
 * network events.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_NETWORK_H
#define LIBVIRT_NETWORK_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-network.h>"
#endif

/*
 * VIR_NETWORK_EVENT_CALLBACK(cb) casts a specific network event callback
 * to the generic type taken by virConnectNetworkEventRegisterAny().  The
 * VIR_NETWORK_PORT_BANDWIDTH_* names are the typed parameters of
 * virNetworkPortGetParameters() / virNetworkPortSetParameters(): average,
 * peak and floor rates in KiB/s, burst sizes in KiB.
 */
#define VIR_NETWORK_EVENT_CALLBACK(cb)         ((virConnectNetworkEventGenericCallback)(cb))
#define VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE  "inbound.average"
#define VIR_NETWORK_PORT_BANDWIDTH_IN_BURST    "inbound.burst"
#define VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR    "inbound.floor"
#define VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK     "inbound.peak"
#define VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE "outbound.average"
#define VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST   "outbound.burst"
#define VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK    "outbound.peak"

/**
 * virNetwork:
 *
 * Opaque handle for a virtual network.  Handles are reference counted:
 * release each one obtained with virNetworkFree().
 */
typedef struct _virNetwork virNetwork;

/**
 * virNetworkPort:
 *
 * Opaque handle for one port of a virtual network, i.e. a guest NIC's
 * attachment.  Release with virNetworkPortFree().
 */
typedef struct _virNetworkPort virNetworkPort;

/* The handle type used by every network API. */
typedef virNetwork *virNetworkPtr;

/* ---- Listing networks ---- */

/**
 * virConnectListDefinedNetworks:
 * @conn: the connection
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with the names of inactive persistent networks; the caller
 * frees each string with free().  virConnectListAllNetworks() is easier.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virConnectListDefinedNetworks(virConnectPtr conn,
                                  char ** const names,
                                  int maxnames);

/**
 * virConnectListNetworks:
 * @conn: the connection
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with the names of active networks; the caller frees each
 * string with free().  virConnectListAllNetworks() avoids the race
 * between counting and listing.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virConnectListNetworks(virConnectPtr conn,
                           char ** const names,
                           int maxnames);

/**
 * virConnectNumOfDefinedNetworks:
 * @conn: the connection
 *
 * Returns the number of inactive persistent networks, or -1 on error.
 */
int virConnectNumOfDefinedNetworks(virConnectPtr conn);

/**
 * virConnectNumOfNetworks:
 * @conn: the connection
 *
 * Returns the number of active networks, or -1 on error.
 */
int virConnectNumOfNetworks(virConnectPtr conn);

/* ---- Network life cycle ---- */

/**
 * virNetworkCreate:
 * @network: an inactive, defined network
 *
 * Starts the network: sets up its bridge, addresses, DHCP/DNS service and
 * firewall rules.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkCreate(virNetworkPtr network);

/**
 * virNetworkCreateXML:
 * @conn: the connection
 * @xmlDesc: <network> XML document
 *
 * Creates and starts a transient network, which disappears when it is
 * stopped.
 *
 * Returns the network (release with virNetworkFree()), or NULL on error.
 */
virNetworkPtr virNetworkCreateXML(virConnectPtr conn, const char *xmlDesc);

/**
 * virNetworkDefineXML:
 * @conn: the connection
 * @xml: <network> XML document
 *
 * Defines a persistent network, or replaces the stored configuration of
 * an existing one, without starting it.  A running network picks up the
 * change only when restarted.
 *
 * Returns the network (release with virNetworkFree()), or NULL on error.
 */
virNetworkPtr virNetworkDefineXML(virConnectPtr conn, const char *xml);

/**
 * virNetworkDestroy:
 * @network: an active network
 *
 * Stops the network; attached guests lose connectivity.  A transient
 * network ceases to exist, but @network must still be freed.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkDestroy(virNetworkPtr network);

/**
 * virNetworkFree:
 * @network: the handle to release
 *
 * Drops a reference to the handle; the network itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkFree(virNetworkPtr network);

/* ---- Network properties ---- */

/**
 * virNetworkGetBridgeName:
 * @network: the network
 *
 * Gives the name of the host bridge device the network uses.
 *
 * Returns the name (caller frees with free()), or NULL on error.
 */
char *virNetworkGetBridgeName(virNetworkPtr network);

/**
 * virNetworkGetName:
 * @network: the network
 *
 * Returns the network's name, owned by @network (do not free it), or NULL
 * on error.
 */
const char *virNetworkGetName(virNetworkPtr network);

/**
 * virNetworkGetUUID:
 * @network: the network
 * @uuid: caller buffer of VIR_UUID_BUFLEN bytes
 *
 * Copies the network's UUID in raw form into @uuid.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkGetUUID(virNetworkPtr network, unsigned char *uuid);

/**
 * virNetworkGetUUIDString:
 * @network: the network
 * @buf: caller buffer of VIR_UUID_STRING_BUFLEN bytes
 *
 * Writes the network's UUID as a NUL-terminated string into @buf.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkGetUUIDString(virNetworkPtr network, char *buf);

/**
 * virNetworkGetXMLDesc:
 * @network: the network
 * @flags: bitwise OR of virNetworkXMLFlags
 *
 * Describes the network as XML: the running state by default, the stored
 * configuration with VIR_NETWORK_XML_INACTIVE.
 *
 * Returns the XML document (caller frees with free()), or NULL on error.
 */
char *virNetworkGetXMLDesc(virNetworkPtr network, unsigned int flags);

/* ---- Finding networks ---- */

/**
 * virNetworkLookupByName:
 * @conn: the connection
 * @name: network name
 *
 * Returns the network (release with virNetworkFree()), or NULL with
 * VIR_ERR_NO_NETWORK if there is none by that name.
 */
virNetworkPtr virNetworkLookupByName(virConnectPtr conn, const char *name);

/**
 * virNetworkLookupByUUID:
 * @conn: the connection
 * @uuid: raw UUID of VIR_UUID_BUFLEN bytes
 *
 * Returns the network (release with virNetworkFree()), or NULL if not
 * found or on error.
 */
virNetworkPtr virNetworkLookupByUUID(virConnectPtr conn,
                                     const unsigned char *uuid);

/**
 * virNetworkLookupByUUIDString:
 * @conn: the connection
 * @uuidstr: UUID in its string form
 *
 * Returns the network (release with virNetworkFree()), or NULL if not
 * found or on error.
 */
virNetworkPtr virNetworkLookupByUUIDString(virConnectPtr conn,
                                           const char *uuidstr);

/* ---- Other network calls ---- */

/**
 * virNetworkUndefine:
 * @network: a persistent network
 *
 * Deletes the stored configuration.  If the network is running it keeps
 * running as a transient network.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkUndefine(virNetworkPtr network);

/**
 * virNetworkGetAutostart:
 * @network: the network
 * @autostart: set to 1 if the network starts with the host, else 0
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkGetAutostart(virNetworkPtr network, int *autostart);

/**
 * virNetworkSetAutostart:
 * @network: a persistent network
 * @autostart: non-zero to start the network when the host boots
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkSetAutostart(virNetworkPtr network, int autostart);

/**
 * virNetworkGetConnect:
 * @net: the network
 *
 * Gives the connection @net belongs to, without taking a reference: do
 * not close it, and keep the connection open while @net is in use.
 *
 * Returns the connection, or NULL on error.
 */
virConnectPtr virNetworkGetConnect(virNetworkPtr net);

/**
 * virNetworkRef:
 * @network: the network
 *
 * Takes an extra reference, dropped later with virNetworkFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkRef(virNetworkPtr network);

/**
 * virNetworkIsActive:
 * @net: the network
 *
 * Returns 1 if the network is running, 0 if not, -1 on error.
 */
int virNetworkIsActive(virNetworkPtr net);

/**
 * virNetworkIsPersistent:
 * @net: the network
 *
 * Returns 1 if the network has a stored configuration, 0 if it is
 * transient, -1 on error.
 */
int virNetworkIsPersistent(virNetworkPtr net);

/**
 * virConnectListAllNetworks:
 * @conn: the connection
 * @nets: optional; receives an allocated array of networks
 * @flags: bitwise OR of virConnectListAllNetworksFlags to filter; 0 for all
 *
 * Lists networks in one call.  Free each element with virNetworkFree()
 * and the array with free().  Pass NULL @nets to only count.
 *
 * Returns the number of networks, or -1 on error.
 */
int virConnectListAllNetworks(virConnectPtr conn,
                              virNetworkPtr **nets,
                              unsigned int flags);

/**
 * virNetworkUpdate:
 * @network: the network
 * @command: a virNetworkUpdateCommand
 * @section: a virNetworkUpdateSection: which kind of element to change
 * @parentIndex: which parent element (e.g. the n-th <ip>), -1 for any
 * @xml: XML of the element to add, modify or delete
 * @flags: bitwise OR of virNetworkUpdateFlags
 *
 * Edits one element of a network's definition in place, live and/or in
 * the stored configuration, without a restart.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkUpdate(virNetworkPtr network,
                     unsigned int command,
                     unsigned int section,
                     int parentIndex,
                     const char *xml,
                     unsigned int flags);

/* ---- Network events ---- */

/**
 * virConnectNetworkEventDeregisterAny:
 * @conn: the connection
 * @callbackID: value returned by virConnectNetworkEventRegisterAny()
 *
 * Stops delivery to a callback; its free function then runs.
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectNetworkEventDeregisterAny(virConnectPtr conn, int callbackID);

/**
 * virConnectNetworkEventGenericCallback:
 * @conn: the connection
 * @net: the network the event is about
 * @opaque: user data given at registration
 *
 * Placeholder type used at registration.  The real callback has the
 * signature that belongs to the event ID (see virNetworkEventID) and is
 * passed through VIR_NETWORK_EVENT_CALLBACK().
 */
typedef void (*virConnectNetworkEventGenericCallback)(virConnectPtr conn,
                                                      virNetworkPtr net,
                                                      void *opaque);

/**
 * virConnectNetworkEventRegisterAny:
 * @conn: the connection
 * @net: network to watch, or NULL for all networks
 * @eventID: a virNetworkEventID
 * @cb: callback of the type matching @eventID, cast with
 *      VIR_NETWORK_EVENT_CALLBACK()
 * @opaque: user data for @cb
 * @freecb: optional function that releases @opaque on deregistration
 *
 * Subscribes to network events.  Callbacks run from the event loop, so
 * one must be registered and running.
 *
 * Returns a callback ID >= 0 for deregistration, or -1 on error.
 */
int virConnectNetworkEventRegisterAny(virConnectPtr conn,
                                      virNetworkPtr net,
                                      int eventID,
                                      virConnectNetworkEventGenericCallback cb,
                                      void *opaque,
                                      virFreeCallback freecb);

/* ---- DHCP leases ---- */

/**
 * virNetworkDHCPLease:
 *
 * One address handed out by a network's DHCP server.  Returned by
 * virNetworkGetDHCPLeases(); free with virNetworkDHCPLeaseFree().
 */
typedef struct _virNetworkDHCPLease virNetworkDHCPLease;

struct _virNetworkDHCPLease {
    char *iface;           /* bridge the lease was given on */
    long long expirytime;  /* seconds since the epoch */
    int type;              /* a virIPAddrType */
    char *mac;             /* client MAC address */
    char *iaid;            /* IPv6 identity association ID, may be NULL */
    char *ipaddr;          /* the leased address */
    unsigned int prefix;   /* network prefix length */
    char *hostname;        /* name sent by the client, may be NULL */
    char *clientid;        /* DHCP client ID (IPv4) or DUID (IPv6) */
};

/* Pointer to a virNetworkDHCPLease. */
typedef virNetworkDHCPLease *virNetworkDHCPLeasePtr;

/**
 * virNetworkDHCPLeaseFree:
 * @lease: a lease from virNetworkGetDHCPLeases(), may be NULL
 *
 * Frees one lease and the strings it holds.
 */
void virNetworkDHCPLeaseFree(virNetworkDHCPLeasePtr lease);

/**
 * virNetworkGetDHCPLeases:
 * @network: the network
 * @mac: only report leases for this MAC address, or NULL for all
 * @leases: optional; receives an array of leases
 * @flags: currently unused, pass 0
 *
 * Reports the current leases of the network's DHCP server.  Free each
 * element with virNetworkDHCPLeaseFree() and the array with free().
 *
 * Returns the number of leases, or -1 on error.
 */
int virNetworkGetDHCPLeases(virNetworkPtr network,
                            const char *mac,
                            virNetworkDHCPLeasePtr **leases,
                            unsigned int flags);

/* ---- Network ports ---- */

/* The handle type used by every network port API. */
typedef virNetworkPort *virNetworkPortPtr;

/**
 * virNetworkListAllPorts:
 * @network: the network
 * @ports: optional; receives an allocated array of ports
 * @flags: currently unused, pass 0
 *
 * Lists the ports of a network.  Free each element with
 * virNetworkPortFree() and the array with free().
 *
 * Returns the number of ports, or -1 on error.
 */
int virNetworkListAllPorts(virNetworkPtr network,
                           virNetworkPortPtr **ports,
                           unsigned int flags);

/**
 * virNetworkPortCreateXML:
 * @net: the network
 * @xmldesc: <networkport> XML document
 * @flags: bitwise OR of virNetworkPortCreateFlags
 *
 * Reserves a port on the network, normally on behalf of a starting guest.
 *
 * Returns the port (release with virNetworkPortFree()), or NULL on error.
 */
virNetworkPortPtr virNetworkPortCreateXML(virNetworkPtr net,
                                          const char *xmldesc,
                                          unsigned int flags);

/**
 * virNetworkPortDelete:
 * @port: the port
 * @flags: currently unused, pass 0
 *
 * Releases the port and its resources on the network; @port must still
 * be freed.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkPortDelete(virNetworkPortPtr port, unsigned int flags);

/**
 * virNetworkPortFree:
 * @port: the handle to release
 *
 * Drops a reference to the handle; the port itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkPortFree(virNetworkPortPtr port);

/**
 * virNetworkPortGetNetwork:
 * @port: the port
 *
 * Returns the network the port belongs to, without an extra reference
 * (do not free it), or NULL on error.
 */
virNetworkPtr virNetworkPortGetNetwork(virNetworkPortPtr port);

/**
 * virNetworkPortGetParameters:
 * @port: the port
 * @params: receives an array allocated by the library
 * @nparams: receives the number of entries in *@params
 * @flags: currently unused, pass 0
 *
 * Reads the port's tunables, currently VIR_NETWORK_PORT_BANDWIDTH_*.
 *
 * Returns 0 on success (free *@params with virTypedParamsFree()), -1 on
 * error.
 */
int virNetworkPortGetParameters(virNetworkPortPtr port,
                                virTypedParameterPtr *params,
                                int *nparams,
                                unsigned int flags);

/**
 * virNetworkPortGetUUID:
 * @port: the port
 * @uuid: caller buffer of VIR_UUID_BUFLEN bytes
 *
 * Copies the port's UUID in raw form into @uuid.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkPortGetUUID(virNetworkPortPtr port, unsigned char *uuid);

/**
 * virNetworkPortGetUUIDString:
 * @port: the port
 * @buf: caller buffer of VIR_UUID_STRING_BUFLEN bytes
 *
 * Writes the port's UUID as a NUL-terminated string into @buf.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkPortGetUUIDString(virNetworkPortPtr port, char *buf);

/**
 * virNetworkPortGetXMLDesc:
 * @port: the port
 * @flags: currently unused, pass 0
 *
 * Returns the port's <networkport> XML (caller frees with free()), or NULL
 * on error.
 */
char *virNetworkPortGetXMLDesc(virNetworkPortPtr port, unsigned int flags);

/**
 * virNetworkPortLookupByUUID:
 * @net: the network
 * @uuid: raw UUID of VIR_UUID_BUFLEN bytes
 *
 * Returns the port (release with virNetworkPortFree()), or NULL with
 * VIR_ERR_NO_NETWORK_PORT if not found.
 */
virNetworkPortPtr virNetworkPortLookupByUUID(virNetworkPtr net,
                                             const unsigned char *uuid);

/**
 * virNetworkPortLookupByUUIDString:
 * @net: the network
 * @uuidstr: UUID in its string form
 *
 * Returns the port (release with virNetworkPortFree()), or NULL with
 * VIR_ERR_NO_NETWORK_PORT if not found.
 */
virNetworkPortPtr virNetworkPortLookupByUUIDString(virNetworkPtr net,
                                                   const char *uuidstr);

/**
 * virNetworkPortRef:
 * @port: the port
 *
 * Takes an extra reference, dropped later with virNetworkPortFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkPortRef(virNetworkPortPtr port);

/**
 * virNetworkPortSetParameters:
 * @port: the port
 * @params: tunables to change (VIR_NETWORK_PORT_BANDWIDTH_*)
 * @nparams: number of entries in @params
 * @flags: currently unused, pass 0
 *
 * Changes the port's tunables, such as its bandwidth limits.
 *
 * Returns 0 on success, -1 on error.
 */
int virNetworkPortSetParameters(virNetworkPortPtr port,
                                virTypedParameterPtr params,
                                int nparams,
                                unsigned int flags);

/* ---- Variants taking flags ---- */

/**
 * virNetworkDefineXMLFlags:
 * @conn: the connection
 * @xml: <network> XML document
 * @flags: bitwise OR of virNetworkDefineFlags
 *
 * Like virNetworkDefineXML(); VIR_NETWORK_DEFINE_VALIDATE validates the
 * XML against its schema first.
 *
 * Returns the network (release with virNetworkFree()), or NULL on error.
 */
virNetworkPtr virNetworkDefineXMLFlags(virConnectPtr conn,
                                       const char *xml,
                                       unsigned int flags);

/**
 * virNetworkCreateXMLFlags:
 * @conn: the connection
 * @xmlDesc: <network> XML document
 * @flags: bitwise OR of virNetworkCreateFlags
 *
 * Like virNetworkCreateXML(); VIR_NETWORK_CREATE_VALIDATE validates the
 * XML against its schema first.
 *
 * Returns the network (release with virNetworkFree()), or NULL on error.
 */
virNetworkPtr virNetworkCreateXMLFlags(virConnectPtr conn,
                                       const char *xmlDesc,
                                       unsigned int flags);

/* ---- Enumerations ---- */

/* Flags for virNetworkGetXMLDesc(). */
typedef enum {
    VIR_NETWORK_XML_INACTIVE = 1 << 0,  /* the stored configuration, not the live state */
} virNetworkXMLFlags;

/*
 * Filters for virConnectListAllNetworks().  Within each pair
 * (active/inactive, persistent/transient, autostart or not), setting
 * neither or both means no filtering.
 */
typedef enum {
    VIR_CONNECT_LIST_NETWORKS_INACTIVE     = 1 << 0,
    VIR_CONNECT_LIST_NETWORKS_ACTIVE       = 1 << 1,
    VIR_CONNECT_LIST_NETWORKS_PERSISTENT   = 1 << 2,
    VIR_CONNECT_LIST_NETWORKS_TRANSIENT    = 1 << 3,
    VIR_CONNECT_LIST_NETWORKS_AUTOSTART    = 1 << 4,
    VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART = 1 << 5,
} virConnectListAllNetworksFlags;

/* What virNetworkUpdate() does with the given element. */
typedef enum {
    VIR_NETWORK_UPDATE_COMMAND_NONE      = 0,  /* invalid */
    VIR_NETWORK_UPDATE_COMMAND_MODIFY    = 1,  /* replace the matching element */
    VIR_NETWORK_UPDATE_COMMAND_DELETE    = 2,  /* remove the matching element */
    VIR_NETWORK_UPDATE_COMMAND_ADD_LAST  = 3,  /* append after existing ones */
    VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST = 4,  /* insert before existing ones */

# ifdef VIR_ENUM_SENTINELS
    VIR_NETWORK_UPDATE_COMMAND_LAST
# endif
} virNetworkUpdateCommand;

/* Which definition virNetworkUpdate() changes. */
typedef enum {
    VIR_NETWORK_UPDATE_AFFECT_CURRENT = 0,       /* live if running, else stored config */
    VIR_NETWORK_UPDATE_AFFECT_LIVE    = 1 << 0,  /* the running network */
    VIR_NETWORK_UPDATE_AFFECT_CONFIG  = 1 << 1,  /* the stored configuration */
} virNetworkUpdateFlags;

/* Which element of the network XML virNetworkUpdate() targets. */
typedef enum {
    VIR_NETWORK_SECTION_NONE              = 0,   /* invalid */
    VIR_NETWORK_SECTION_BRIDGE            = 1,   /* <bridge> */
    VIR_NETWORK_SECTION_DOMAIN            = 2,   /* <domain> */
    VIR_NETWORK_SECTION_IP                = 3,   /* <ip> */
    VIR_NETWORK_SECTION_IP_DHCP_HOST      = 4,   /* <ip><dhcp><host> */
    VIR_NETWORK_SECTION_IP_DHCP_RANGE     = 5,   /* <ip><dhcp><range> */
    VIR_NETWORK_SECTION_FORWARD           = 6,   /* <forward> */
    VIR_NETWORK_SECTION_FORWARD_INTERFACE = 7,   /* <forward><interface> */
    VIR_NETWORK_SECTION_FORWARD_PF        = 8,   /* <forward><pf> */
    VIR_NETWORK_SECTION_PORTGROUP         = 9,   /* <portgroup> */
    VIR_NETWORK_SECTION_DNS_HOST          = 10,  /* <dns><host> */
    VIR_NETWORK_SECTION_DNS_TXT           = 11,  /* <dns><txt> */
    VIR_NETWORK_SECTION_DNS_SRV           = 12,  /* <dns><srv> */

# ifdef VIR_ENUM_SENTINELS
    VIR_NETWORK_SECTION_LAST
# endif
} virNetworkUpdateSection;

/**
 * virConnectNetworkEventLifecycleCallback:
 * @conn: the connection
 * @net: the network
 * @event: a virNetworkEventLifecycleType
 * @detail: reserved, currently always 0
 * @opaque: user data given at registration
 *
 * Callback for VIR_NETWORK_EVENT_ID_LIFECYCLE: a network was defined,
 * undefined, started or stopped.
 */
typedef void (*virConnectNetworkEventLifecycleCallback)(virConnectPtr conn,
                                                        virNetworkPtr net,
                                                        int event,
                                                        int detail,
                                                        void *opaque);

/* Network event kinds; each one names the callback type it uses. */
typedef enum {
    VIR_NETWORK_EVENT_ID_LIFECYCLE = 0,  /* virConnectNetworkEventLifecycleCallback */

# ifdef VIR_ENUM_SENTINELS
    VIR_NETWORK_EVENT_ID_LAST
# endif
} virNetworkEventID;

/* The @event argument of virConnectNetworkEventLifecycleCallback. */
typedef enum {
    VIR_NETWORK_EVENT_DEFINED   = 0,
    VIR_NETWORK_EVENT_UNDEFINED = 1,
    VIR_NETWORK_EVENT_STARTED   = 2,
    VIR_NETWORK_EVENT_STOPPED   = 3,

# ifdef VIR_ENUM_SENTINELS
    VIR_NETWORK_EVENT_LAST
# endif
} virNetworkEventLifecycleType;

/* Address family of an IP address. */
typedef enum {
    VIR_IP_ADDR_TYPE_IPV4 = 0,
    VIR_IP_ADDR_TYPE_IPV6 = 1,

# ifdef VIR_ENUM_SENTINELS
    VIR_IP_ADDR_TYPE_LAST
# endif
} virIPAddrType;

/* Flags for virNetworkPortCreateXML(). */
typedef enum {
    VIR_NETWORK_PORT_CREATE_RECLAIM  = 1 << 0,  /* take over a port already
                                                   in use, e.g. after a
                                                   restart */
    VIR_NETWORK_PORT_CREATE_VALIDATE = 1 << 1,  /* reject XML that fails
                                                   schema validation */
} virNetworkPortCreateFlags;

/* Flags for virNetworkDefineXMLFlags(). */
typedef enum {
    VIR_NETWORK_DEFINE_VALIDATE = 1 << 0,  /* reject XML that fails schema validation */
} virNetworkDefineFlags;

/* Flags for virNetworkCreateXMLFlags(). */
typedef enum {
    VIR_NETWORK_CREATE_VALIDATE = 1 << 0,  /* reject XML that fails schema validation */
} virNetworkCreateFlags;

#endif /* LIBVIRT_NETWORK_H */
