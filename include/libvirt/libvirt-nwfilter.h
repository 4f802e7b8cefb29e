/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-nwfilter.h: network filters
 *
 * Packet filtering rules applied to guest network interfaces, and
 * bindings of filters to ports.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_NWFILTER_H
#define LIBVIRT_NWFILTER_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-nwfilter.h>"
#endif

/**
 * virNWFilter:
 *
 * Opaque handle for a network filter: a named set of packet filtering
 * rules that guest interfaces can reference.  Release with
 * virNWFilterFree().
 */
typedef struct _virNWFilter virNWFilter;

/**
 * virNWFilterBinding:
 *
 * Opaque handle for the application of a filter to one host-side port
 * device (a guest NIC's tap, for instance).  Release with
 * virNWFilterBindingFree().
 */
typedef struct _virNWFilterBinding virNWFilterBinding;

/* ---- Listing filters ---- */

/**
 * virConnectListNWFilters:
 * @conn: the connection
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with filter names; the caller frees each string with
 * free().  virConnectListAllNWFilters() is easier.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virConnectListNWFilters(virConnectPtr conn,
                            char ** const names,
                            int maxnames);

/**
 * virConnectNumOfNWFilters:
 * @conn: the connection
 *
 * Returns the number of network filters, or -1 on error.
 */
int virConnectNumOfNWFilters(virConnectPtr conn);

/* The handle type used by every network filter API. */
typedef virNWFilter *virNWFilterPtr;

/* ---- Filters ---- */

/**
 * virNWFilterDefineXML:
 * @conn: the connection
 * @xmlDesc: <filter> XML document
 *
 * Defines a filter, or replaces an existing one of the same name; running
 * guests that use it get the new rules.
 *
 * Returns the filter (release with virNWFilterFree()), or NULL on error.
 */
virNWFilterPtr virNWFilterDefineXML(virConnectPtr conn, const char *xmlDesc);

/**
 * virNWFilterFree:
 * @nwfilter: the handle to release
 *
 * Drops a reference to the handle; the filter itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virNWFilterFree(virNWFilterPtr nwfilter);

/**
 * virNWFilterGetName:
 * @nwfilter: the filter
 *
 * Returns the filter's name, owned by @nwfilter (do not free it), or NULL
 * on error.
 */
const char *virNWFilterGetName(virNWFilterPtr nwfilter);

/**
 * virNWFilterGetUUID:
 * @nwfilter: the filter
 * @uuid: caller buffer of VIR_UUID_BUFLEN bytes
 *
 * Copies the filter's UUID in raw form into @uuid.
 *
 * Returns 0 on success, -1 on error.
 */
int virNWFilterGetUUID(virNWFilterPtr nwfilter, unsigned char *uuid);

/**
 * virNWFilterGetUUIDString:
 * @nwfilter: the filter
 * @buf: caller buffer of VIR_UUID_STRING_BUFLEN bytes
 *
 * Writes the filter's UUID as a NUL-terminated string into @buf.
 *
 * Returns 0 on success, -1 on error.
 */
int virNWFilterGetUUIDString(virNWFilterPtr nwfilter, char *buf);

/**
 * virNWFilterGetXMLDesc:
 * @nwfilter: the filter
 * @flags: currently unused, pass 0
 *
 * Returns the filter's <filter> XML (caller frees with free()), or NULL on
 * error.
 */
char *virNWFilterGetXMLDesc(virNWFilterPtr nwfilter, unsigned int flags);

/**
 * virNWFilterLookupByName:
 * @conn: the connection
 * @name: filter name
 *
 * Returns the filter (release with virNWFilterFree()), or NULL with
 * VIR_ERR_NO_NWFILTER if not found.
 */
virNWFilterPtr virNWFilterLookupByName(virConnectPtr conn, const char *name);

/**
 * virNWFilterLookupByUUID:
 * @conn: the connection
 * @uuid: raw UUID of VIR_UUID_BUFLEN bytes
 *
 * Returns the filter (release with virNWFilterFree()), or NULL with
 * VIR_ERR_NO_NWFILTER if not found.
 */
virNWFilterPtr virNWFilterLookupByUUID(virConnectPtr conn,
                                       const unsigned char *uuid);

/**
 * virNWFilterLookupByUUIDString:
 * @conn: the connection
 * @uuidstr: UUID in its string form
 *
 * Returns the filter (release with virNWFilterFree()), or NULL with
 * VIR_ERR_NO_NWFILTER if not found.
 */
virNWFilterPtr virNWFilterLookupByUUIDString(virConnectPtr conn,
                                             const char *uuidstr);

/**
 * virNWFilterRef:
 * @nwfilter: the filter
 *
 * Takes an extra reference, dropped later with virNWFilterFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virNWFilterRef(virNWFilterPtr nwfilter);

/**
 * virNWFilterUndefine:
 * @nwfilter: the filter
 *
 * Deletes the filter; this fails while guests or other filters use it.
 *
 * Returns 0 on success, -1 on error.
 */
int virNWFilterUndefine(virNWFilterPtr nwfilter);

/**
 * virConnectListAllNWFilters:
 * @conn: the connection
 * @filters: optional; receives an allocated array of filters
 * @flags: currently unused, pass 0
 *
 * Lists filters in one call.  Free each element with virNWFilterFree()
 * and the array with free().  Pass NULL @filters to only count.
 *
 * Returns the number of filters, or -1 on error.
 */
int virConnectListAllNWFilters(virConnectPtr conn,
                               virNWFilterPtr **filters,
                               unsigned int flags);

/* ---- Filter bindings ---- */

/* The handle type used by every filter binding API. */
typedef virNWFilterBinding *virNWFilterBindingPtr;

/**
 * virConnectListAllNWFilterBindings:
 * @conn: the connection
 * @bindings: optional; receives an allocated array of bindings
 * @flags: currently unused, pass 0
 *
 * Lists filter bindings in one call.  Free each element with
 * virNWFilterBindingFree() and the array with free().
 *
 * Returns the number of bindings, or -1 on error.
 */
int virConnectListAllNWFilterBindings(virConnectPtr conn,
                                      virNWFilterBindingPtr **bindings,
                                      unsigned int flags);

/**
 * virNWFilterBindingCreateXML:
 * @conn: the connection
 * @xml: <filterbinding> XML document
 * @flags: bitwise OR of virNWFilterBindingCreateFlags
 *
 * Applies a filter to a port device, normally on behalf of a starting
 * guest.
 *
 * Returns the binding (release with virNWFilterBindingFree()), or NULL on
 * error.
 */
virNWFilterBindingPtr virNWFilterBindingCreateXML(virConnectPtr conn,
                                                  const char *xml,
                                                  unsigned int flags);

/**
 * virNWFilterBindingDelete:
 * @binding: the binding
 *
 * Removes the filter rules from the port; @binding must still be freed.
 *
 * Returns 0 on success, -1 on error.
 */
int virNWFilterBindingDelete(virNWFilterBindingPtr binding);

/**
 * virNWFilterBindingFree:
 * @binding: the handle to release
 *
 * Drops a reference to the handle; the binding itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virNWFilterBindingFree(virNWFilterBindingPtr binding);

/**
 * virNWFilterBindingGetFilterName:
 * @binding: the binding
 *
 * Returns the name of the bound filter, owned by @binding (do not free
 * it), or NULL on error.
 */
const char *virNWFilterBindingGetFilterName(virNWFilterBindingPtr binding);

/**
 * virNWFilterBindingGetPortDev:
 * @binding: the binding
 *
 * Returns the name of the filtered port device, owned by @binding (do not
 * free it), or NULL on error.
 */
const char *virNWFilterBindingGetPortDev(virNWFilterBindingPtr binding);

/**
 * virNWFilterBindingGetXMLDesc:
 * @binding: the binding
 * @flags: currently unused, pass 0
 *
 * Returns the binding's <filterbinding> XML (caller frees with free()), or
 * NULL on error.
 */
char *virNWFilterBindingGetXMLDesc(virNWFilterBindingPtr binding,
                                   unsigned int flags);

/**
 * virNWFilterBindingLookupByPortDev:
 * @conn: the connection
 * @portdev: name of the port device, e.g. "vnet0"
 *
 * Returns the binding (release with virNWFilterBindingFree()), or NULL
 * with VIR_ERR_NO_NWFILTER_BINDING if not found.
 */
virNWFilterBindingPtr virNWFilterBindingLookupByPortDev(virConnectPtr conn,
                                                        const char *portdev);

/**
 * virNWFilterBindingRef:
 * @binding: the binding
 *
 * Takes an extra reference, dropped later with virNWFilterBindingFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virNWFilterBindingRef(virNWFilterBindingPtr binding);

/* ---- Variants taking flags ---- */

/**
 * virNWFilterDefineXMLFlags:
 * @conn: the connection
 * @xmlDesc: <filter> XML document
 * @flags: bitwise OR of virNWFilterDefineFlags
 *
 * Like virNWFilterDefineXML(); VIR_NWFILTER_DEFINE_VALIDATE validates the
 * XML against its schema first.
 *
 * Returns the filter (release with virNWFilterFree()), or NULL on error.
 */
virNWFilterPtr virNWFilterDefineXMLFlags(virConnectPtr conn,
                                         const char *xmlDesc,
                                         unsigned int flags);

/* ---- Enumerations ---- */

/* Flags for virNWFilterDefineXMLFlags(). */
typedef enum {
    VIR_NWFILTER_DEFINE_VALIDATE = 1 << 0,  /* reject XML that fails schema validation */
} virNWFilterDefineFlags;

/* Flags for virNWFilterBindingCreateXML(). */
typedef enum {
    VIR_NWFILTER_BINDING_CREATE_VALIDATE = 1 << 0,  /* reject XML that fails schema validation */
} virNWFilterBindingCreateFlags;

#endif /* LIBVIRT_NWFILTER_H */
