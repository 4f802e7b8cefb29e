/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-interface.h: host network interfaces
 *
 * Physical and virtual network interfaces of the host, with
 * transactional configuration changes.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_INTERFACE_H
#define LIBVIRT_INTERFACE_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-interface.h>"
#endif

/**
 * virInterface:
 *
 * Opaque handle for a network interface of the host (Ethernet, bridge,
 * bond, VLAN) as managed by its network configuration.  Release with
 * virInterfaceFree().
 */
typedef struct _virInterface virInterface;

/* ---- Listing interfaces ---- */

/**
 * virConnectListInterfaces:
 * @conn: the connection
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with the names of active interfaces; the caller frees each
 * string with free().  virConnectListAllInterfaces() is easier.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virConnectListInterfaces(virConnectPtr conn,
                             char ** const names,
                             int maxnames);

/**
 * virConnectNumOfInterfaces:
 * @conn: the connection
 *
 * Returns the number of active interfaces, or -1 on error.
 */
int virConnectNumOfInterfaces(virConnectPtr conn);

/* The handle type used by every interface API. */
typedef virInterface *virInterfacePtr;

/* ---- Interface life cycle ---- */

/**
 * virInterfaceCreate:
 * @iface: an inactive, defined interface
 * @flags: currently unused, pass 0
 *
 * Brings the interface up according to its definition.
 *
 * Returns 0 on success, -1 on error.
 */
int virInterfaceCreate(virInterfacePtr iface, unsigned int flags);

/**
 * virInterfaceDefineXML:
 * @conn: the connection
 * @xml: <interface> XML document
 * @flags: bitwise OR of virInterfaceDefineFlags
 *
 * Adds an interface to the host's configuration, or replaces the
 * configuration of an existing one, without bringing it up.
 *
 * Returns the interface (release with virInterfaceFree()), or NULL on
 * error.
 */
virInterfacePtr virInterfaceDefineXML(virConnectPtr conn,
                                      const char *xml,
                                      unsigned int flags);

/**
 * virInterfaceDestroy:
 * @iface: an active interface
 * @flags: currently unused, pass 0
 *
 * Brings the interface down; its configuration stays.  Taking down the
 * interface the connection runs over cuts a remote connection.
 *
 * Returns 0 on success, -1 on error.
 */
int virInterfaceDestroy(virInterfacePtr iface, unsigned int flags);

/**
 * virInterfaceFree:
 * @iface: the handle to release
 *
 * Drops a reference to the handle; the interface itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virInterfaceFree(virInterfacePtr iface);

/* ---- Interface properties ---- */

/**
 * virInterfaceGetConnect:
 * @iface: the interface
 *
 * Gives the connection @iface belongs to, without taking a reference: do
 * not close it, and keep the connection open while @iface is in use.
 *
 * Returns the connection, or NULL on error.
 */
virConnectPtr virInterfaceGetConnect(virInterfacePtr iface);

/**
 * virInterfaceGetMACString:
 * @iface: the interface
 *
 * Returns the MAC address as "aa:bb:cc:dd:ee:ff", owned by @iface (do not
 * free it), or NULL on error.
 */
const char *virInterfaceGetMACString(virInterfacePtr iface);

/**
 * virInterfaceGetName:
 * @iface: the interface
 *
 * Returns the interface name, e.g. "eth0", owned by @iface (do not free
 * it), or NULL on error.
 */
const char *virInterfaceGetName(virInterfacePtr iface);

/**
 * virInterfaceGetXMLDesc:
 * @iface: the interface
 * @flags: bitwise OR of virInterfaceXMLFlags
 *
 * Describes the interface as XML: its live state by default, the stored
 * configuration with VIR_INTERFACE_XML_INACTIVE.
 *
 * Returns the XML document (caller frees with free()), or NULL on error.
 */
char *virInterfaceGetXMLDesc(virInterfacePtr iface, unsigned int flags);

/* ---- Finding interfaces ---- */

/**
 * virInterfaceLookupByMACString:
 * @conn: the connection
 * @macstr: MAC address in "aa:bb:cc:dd:ee:ff" form
 *
 * Returns the interface (release with virInterfaceFree()), or NULL if
 * none matches, or with VIR_ERR_MULTIPLE_INTERFACES if several do.
 */
virInterfacePtr virInterfaceLookupByMACString(virConnectPtr conn,
                                              const char *macstr);

/**
 * virInterfaceLookupByName:
 * @conn: the connection
 * @name: interface name
 *
 * Returns the interface (release with virInterfaceFree()), or NULL with
 * VIR_ERR_NO_INTERFACE if not found.
 */
virInterfacePtr virInterfaceLookupByName(virConnectPtr conn, const char *name);

/* ---- Other interface calls ---- */

/**
 * virInterfaceRef:
 * @iface: the interface
 *
 * Takes an extra reference, dropped later with virInterfaceFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virInterfaceRef(virInterfacePtr iface);

/**
 * virInterfaceUndefine:
 * @iface: the interface
 *
 * Removes the interface from the host's configuration.  Inside a
 * transaction (virInterfaceChangeBegin()) the removal becomes permanent
 * only when committed.
 *
 * Returns 0 on success, -1 on error.
 */
int virInterfaceUndefine(virInterfacePtr iface);

/**
 * virConnectListDefinedInterfaces:
 * @conn: the connection
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with the names of inactive configured interfaces; the
 * caller frees each string with free().
 *
 * Returns the number of names stored, or -1 on error.
 */
int virConnectListDefinedInterfaces(virConnectPtr conn,
                                    char ** const names,
                                    int maxnames);

/**
 * virConnectNumOfDefinedInterfaces:
 * @conn: the connection
 *
 * Returns the number of inactive configured interfaces, or -1 on error.
 */
int virConnectNumOfDefinedInterfaces(virConnectPtr conn);

/**
 * virInterfaceIsActive:
 * @iface: the interface
 *
 * Returns 1 if the interface is up, 0 if not, -1 on error.
 */
int virInterfaceIsActive(virInterfacePtr iface);

/* ---- Configuration transactions ---- */

/**
 * virInterfaceChangeBegin:
 * @conn: the connection
 * @flags: currently unused, pass 0
 *
 * Saves the current host network configuration so that the changes that
 * follow can be committed or rolled back as a whole.
 *
 * Returns 0 on success, -1 on error (e.g. a transaction is already open).
 */
int virInterfaceChangeBegin(virConnectPtr conn, unsigned int flags);

/**
 * virInterfaceChangeCommit:
 * @conn: the connection
 * @flags: currently unused, pass 0
 *
 * Keeps the changes made since virInterfaceChangeBegin() and discards the
 * saved configuration.
 *
 * Returns 0 on success, -1 on error.
 */
int virInterfaceChangeCommit(virConnectPtr conn, unsigned int flags);

/**
 * virInterfaceChangeRollback:
 * @conn: the connection
 * @flags: currently unused, pass 0
 *
 * Restores the configuration saved by virInterfaceChangeBegin(), undoing
 * the changes made since.
 *
 * Returns 0 on success, -1 on error.
 */
int virInterfaceChangeRollback(virConnectPtr conn, unsigned int flags);

/* ---- Listing in one call ---- */

/**
 * virConnectListAllInterfaces:
 * @conn: the connection
 * @ifaces: optional; receives an allocated array of interfaces
 * @flags: bitwise OR of virConnectListAllInterfacesFlags to filter; 0 for
 *         all
 *
 * Lists interfaces in one call.  Free each element with
 * virInterfaceFree() and the array with free().  Pass NULL @ifaces to
 * only count.
 *
 * Returns the number of interfaces, or -1 on error.
 */
int virConnectListAllInterfaces(virConnectPtr conn,
                                virInterfacePtr **ifaces,
                                unsigned int flags);

/* ---- Enumerations ---- */

/* Flags for virInterfaceGetXMLDesc(). */
typedef enum {
    VIR_INTERFACE_XML_INACTIVE = 1 << 0,  /* the stored configuration, not
                                             the live state */
} virInterfaceXMLFlags;

/* Filters for virConnectListAllInterfaces(); neither or both: all. */
typedef enum {
    VIR_CONNECT_LIST_INTERFACES_INACTIVE = 1 << 0,
    VIR_CONNECT_LIST_INTERFACES_ACTIVE   = 1 << 1,
} virConnectListAllInterfacesFlags;

/* Flags for virInterfaceDefineXML(). */
typedef enum {
    VIR_INTERFACE_DEFINE_VALIDATE = 1 << 0,  /* reject XML that fails schema validation */
} virInterfaceDefineFlags;

#endif /* LIBVIRT_INTERFACE_H */
