/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-nodedev.h: host devices
 *
 * Devices of the host (PCI, USB, SCSI, mediated devices, ...) that
 * can be listed, detached from their host driver and given to guests.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_NODEDEV_H
#define LIBVIRT_NODEDEV_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-nodedev.h>"
#endif

/*
 * VIR_NODE_DEVICE_EVENT_CALLBACK(cb) casts a specific node device event
 * callback to the generic type taken by
 * virConnectNodeDeviceEventRegisterAny().
 */
#define VIR_NODE_DEVICE_EVENT_CALLBACK(cb) ((virConnectNodeDeviceEventGenericCallback)(cb))

/**
 * virNodeDevice:
 *
 * Opaque handle for a device of the host.  Release each handle with
 * virNodeDeviceFree().
 */
typedef struct _virNodeDevice virNodeDevice;

/* The handle type used by every node device API. */
typedef virNodeDevice *virNodeDevicePtr;

/* ---- Finding, listing and inspecting devices ---- */

/**
 * virNodeDeviceFree:
 * @dev: the handle to release
 *
 * Drops a reference to the handle; the device itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceFree(virNodeDevicePtr dev);

/**
 * virNodeDeviceGetName:
 * @dev: the device
 *
 * Returns the device's name, e.g. "pci_0000_00_1f_2", owned by @dev (do
 * not free it), or NULL on error.
 */
const char *virNodeDeviceGetName(virNodeDevicePtr dev);

/**
 * virNodeDeviceGetParent:
 * @dev: the device
 *
 * Returns the name of the parent device, owned by @dev (do not free it),
 * or NULL if it has none or on error.
 */
const char *virNodeDeviceGetParent(virNodeDevicePtr dev);

/**
 * virNodeDeviceGetXMLDesc:
 * @dev: the device
 * @flags: currently unused, pass 0
 *
 * Returns the device's <device> XML (caller frees with free()), or NULL on
 * error.
 */
char *virNodeDeviceGetXMLDesc(virNodeDevicePtr dev, unsigned int flags);

/**
 * virNodeDeviceListCaps:
 * @dev: the device
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 *
 * Fills @names with the device's capability names, such as "pci" or
 * "net"; the caller frees each string with free().
 *
 * Returns the number of names stored, or -1 on error.
 */
int virNodeDeviceListCaps(virNodeDevicePtr dev,
                          char ** const names,
                          int maxnames);

/**
 * virNodeDeviceLookupByName:
 * @conn: the connection
 * @name: device name
 *
 * Returns the device (release with virNodeDeviceFree()), or NULL with
 * VIR_ERR_NO_NODE_DEVICE if not found.
 */
virNodeDevicePtr virNodeDeviceLookupByName(virConnectPtr conn,
                                           const char *name);

/**
 * virNodeDeviceNumOfCaps:
 * @dev: the device
 *
 * Returns the number of capabilities of the device, or -1 on error.
 */
int virNodeDeviceNumOfCaps(virNodeDevicePtr dev);

/**
 * virNodeListDevices:
 * @conn: the connection
 * @cap: only list devices with this capability, or NULL for all
 * @names: caller-allocated array of @maxnames string pointers
 * @maxnames: size of @names
 * @flags: currently unused, pass 0
 *
 * Fills @names with device names; the caller frees each string with
 * free().  virConnectListAllNodeDevices() is easier.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virNodeListDevices(virConnectPtr conn,
                       const char *cap,
                       char ** const names,
                       int maxnames,
                       unsigned int flags);

/**
 * virNodeNumOfDevices:
 * @conn: the connection
 * @cap: only count devices with this capability, or NULL for all
 * @flags: currently unused, pass 0
 *
 * Returns the number of devices, or -1 on error.
 */
int virNodeNumOfDevices(virConnectPtr conn,
                        const char *cap,
                        unsigned int flags);

/**
 * virNodeDeviceRef:
 * @dev: the device
 *
 * Takes an extra reference, dropped later with virNodeDeviceFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceRef(virNodeDevicePtr dev);

/* ---- Assigning devices to guests ---- */

/**
 * virNodeDeviceDettach:
 * @dev: a PCI device
 *
 * Unbinds the device from its host driver and binds it to a stub driver
 * so that a guest can be given it.  The odd spelling is historical;
 * virNodeDeviceDetachFlags() lets the stub driver be chosen.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceDettach(virNodeDevicePtr dev);

/**
 * virNodeDeviceReAttach:
 * @dev: a detached PCI device
 *
 * Hands the device back to its host driver; no guest may be using it.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceReAttach(virNodeDevicePtr dev);

/**
 * virNodeDeviceReset:
 * @dev: a detached PCI device
 *
 * Resets the device (function-level or bus reset), e.g. between guests.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceReset(virNodeDevicePtr dev);

/* ---- Transient virtual devices ---- */

/**
 * virNodeDeviceCreateXML:
 * @conn: the connection
 * @xmlDesc: <device> XML document
 * @flags: bitwise OR of virNodeDeviceCreateXMLFlags
 *
 * Creates a transient virtual device on the host, such as an NPIV vHBA or
 * a mediated device.
 *
 * Returns the device (release with virNodeDeviceFree()), or NULL on error.
 */
virNodeDevicePtr virNodeDeviceCreateXML(virConnectPtr conn,
                                        const char *xmlDesc,
                                        unsigned int flags);

/**
 * virNodeDeviceDestroy:
 * @dev: an active virtual device
 *
 * Removes the device from the host, as the reverse of
 * virNodeDeviceCreateXML() or virNodeDeviceCreate().  A defined device
 * keeps its definition.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceDestroy(virNodeDevicePtr dev);

/* ---- Later additions ---- */

/**
 * virConnectListAllNodeDevices:
 * @conn: the connection
 * @devices: optional; receives an allocated array of devices
 * @flags: bitwise OR of virConnectListAllNodeDeviceFlags to filter; 0 for
 *         all
 *
 * Lists devices in one call.  Free each element with virNodeDeviceFree()
 * and the array with free().  Pass NULL @devices to only count.
 *
 * Returns the number of devices, or -1 on error.
 */
int virConnectListAllNodeDevices(virConnectPtr conn,
                                 virNodeDevicePtr **devices,
                                 unsigned int flags);

/**
 * virNodeDeviceLookupSCSIHostByWWN:
 * @conn: the connection
 * @wwnn: world wide node name of the Fibre Channel adapter
 * @wwpn: world wide port name of the Fibre Channel adapter
 * @flags: currently unused, pass 0
 *
 * Finds the SCSI host device of a Fibre Channel HBA or vHBA.
 *
 * Returns the device (release with virNodeDeviceFree()), or NULL if not
 * found or on error.
 */
virNodeDevicePtr virNodeDeviceLookupSCSIHostByWWN(virConnectPtr conn,
                                                  const char *wwnn,
                                                  const char *wwpn,
                                                  unsigned int flags);

/**
 * virNodeDeviceDetachFlags:
 * @dev: a PCI device
 * @driverName: stub driver to bind, e.g. "vfio", or NULL for the default
 * @flags: currently unused, pass 0
 *
 * Like virNodeDeviceDettach(), with a choice of stub driver.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceDetachFlags(virNodeDevicePtr dev,
                             const char *driverName,
                             unsigned int flags);

/* ---- Node device events ---- */

/**
 * virConnectNodeDeviceEventDeregisterAny:
 * @conn: the connection
 * @callbackID: value returned by virConnectNodeDeviceEventRegisterAny()
 *
 * Stops delivery to a callback; its free function then runs.
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectNodeDeviceEventDeregisterAny(virConnectPtr conn, int callbackID);

/**
 * virConnectNodeDeviceEventGenericCallback:
 * @conn: the connection
 * @dev: the device the event is about
 * @opaque: user data given at registration
 *
 * Signature used at registration, and the actual signature of
 * VIR_NODE_DEVICE_EVENT_ID_UPDATE callbacks.  Others have the type that
 * belongs to their event ID and are cast with
 * VIR_NODE_DEVICE_EVENT_CALLBACK().
 */
typedef void (*virConnectNodeDeviceEventGenericCallback)(virConnectPtr conn,
                                                         virNodeDevicePtr dev,
                                                         void *opaque);

/**
 * virConnectNodeDeviceEventRegisterAny:
 * @conn: the connection
 * @dev: device to watch, or NULL for all devices
 * @eventID: a virNodeDeviceEventID
 * @cb: callback of the type matching @eventID, cast with
 *      VIR_NODE_DEVICE_EVENT_CALLBACK()
 * @opaque: user data for @cb
 * @freecb: optional function that releases @opaque on deregistration
 *
 * Subscribes to node device events.  Callbacks run from the event loop,
 * so one must be registered and running.
 *
 * Returns a callback ID >= 0 for deregistration, or -1 on error.
 */
int virConnectNodeDeviceEventRegisterAny(virConnectPtr conn,
                                         virNodeDevicePtr dev,
                                         int eventID,
                                         virConnectNodeDeviceEventGenericCallback cb,
                                         void *opaque,
                                         virFreeCallback freecb);

/* ---- Persistent devices ---- */

/**
 * virNodeDeviceCreate:
 * @dev: a defined, inactive device
 * @flags: currently unused, pass 0
 *
 * Starts a persistent virtual device (such as a mediated device).
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceCreate(virNodeDevicePtr dev, unsigned int flags);

/**
 * virNodeDeviceDefineXML:
 * @conn: the connection
 * @xmlDesc: <device> XML document
 * @flags: bitwise OR of virNodeDeviceDefineXMLFlags
 *
 * Defines a persistent virtual device without starting it.
 *
 * Returns the device (release with virNodeDeviceFree()), or NULL on error.
 */
virNodeDevicePtr virNodeDeviceDefineXML(virConnectPtr conn,
                                        const char *xmlDesc,
                                        unsigned int flags);

/**
 * virNodeDeviceUndefine:
 * @dev: a persistent device
 * @flags: currently unused, pass 0
 *
 * Deletes the persistent definition of a virtual device.
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceUndefine(virNodeDevicePtr dev, unsigned int flags);

/**
 * virNodeDeviceGetAutostart:
 * @dev: the device
 * @autostart: set to 1 if the device starts with the host, else 0
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceGetAutostart(virNodeDevicePtr dev, int *autostart);

/**
 * virNodeDeviceIsActive:
 * @dev: the device
 *
 * Returns 1 if the device is present and active, 0 if only defined, -1
 * on error.
 */
int virNodeDeviceIsActive(virNodeDevicePtr dev);

/**
 * virNodeDeviceIsPersistent:
 * @dev: the device
 *
 * Returns 1 if the device has a stored definition, 0 if not, -1 on
 * error.
 */
int virNodeDeviceIsPersistent(virNodeDevicePtr dev);

/**
 * virNodeDeviceSetAutostart:
 * @dev: a persistent device
 * @autostart: non-zero to start the device when the host boots
 *
 * Returns 0 on success, -1 on error.
 */
int virNodeDeviceSetAutostart(virNodeDevicePtr dev, int autostart);

/* ---- Enumerations ---- */

/*
 * Filters for virConnectListAllNodeDevices().  The CAP bits select
 * devices having any of the given capabilities; ACTIVE and INACTIVE
 * select by state (neither or both: no filtering).
 */
typedef enum {
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SYSTEM        = 1 << 0,    /* the host system itself */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV       = 1 << 1,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV       = 1 << 2,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_INTERFACE = 1 << 3,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET           = 1 << 4,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_HOST     = 1 << 5,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_TARGET   = 1 << 6,    /* SCSI target */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI          = 1 << 7,    /* SCSI device (LUN) */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_STORAGE       = 1 << 8,    /* storage device, e.g. a disk */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_FC_HOST       = 1 << 9,    /* Fibre Channel host adapter */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VPORTS        = 1 << 10,   /* adapter able to create vHBAs */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_GENERIC  = 1 << 11,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_DRM           = 1 << 12,   /* DRM (graphics) device */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV_TYPES    = 1 << 13,   /* able to create mediated
                                                                    devices */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV          = 1 << 14,   /* mediated device */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_CCW_DEV       = 1 << 15,   /* s390 CCW device */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_CSS_DEV       = 1 << 16,   /* s390 channel subsystem device */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VDPA          = 1 << 17,   /* vDPA device */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_CARD       = 1 << 18,   /* s390 AP crypto card */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_QUEUE      = 1 << 19,   /* s390 AP crypto queue */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_MATRIX     = 1 << 20,   /* s390 AP matrix */
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VPD           = 1 << 21,   /* has PCI vital product data */
    VIR_CONNECT_LIST_NODE_DEVICES_INACTIVE          = 1 << 30,   /* defined but not started */
    VIR_CONNECT_LIST_NODE_DEVICES_ACTIVE            = 1U << 31,  /* present on the host */
} virConnectListAllNodeDeviceFlags;

/**
 * virConnectNodeDeviceEventLifecycleCallback:
 * @conn: the connection
 * @dev: the device
 * @event: a virNodeDeviceEventLifecycleType
 * @detail: reserved, currently always 0
 * @opaque: user data given at registration
 *
 * Callback for VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE.
 */
typedef void (*virConnectNodeDeviceEventLifecycleCallback)(virConnectPtr conn,
                                                           virNodeDevicePtr dev,
                                                           int event,
                                                           int detail,
                                                           void *opaque);

/* Node device event kinds; each one names the callback type it uses. */
typedef enum {
    VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE = 0,  /* virConnectNodeDeviceEventLife
                                                cycleCallback */
    VIR_NODE_DEVICE_EVENT_ID_UPDATE    = 1,  /* virConnectNodeDeviceEventGene
                                                ricCallback */

# ifdef VIR_ENUM_SENTINELS
    VIR_NODE_DEVICE_EVENT_ID_LAST
# endif
} virNodeDeviceEventID;

/* The @event argument of virConnectNodeDeviceEventLifecycleCallback. */
typedef enum {
    VIR_NODE_DEVICE_EVENT_CREATED   = 0,  /* the device appeared */
    VIR_NODE_DEVICE_EVENT_DELETED   = 1,  /* the device went away */
    VIR_NODE_DEVICE_EVENT_DEFINED   = 2,
    VIR_NODE_DEVICE_EVENT_UNDEFINED = 3,

# ifdef VIR_ENUM_SENTINELS
    VIR_NODE_DEVICE_EVENT_LAST
# endif
} virNodeDeviceEventLifecycleType;

/* Flags for virNodeDeviceCreateXML(). */
typedef enum {
    VIR_NODE_DEVICE_CREATE_XML_VALIDATE = 1 << 0,  /* reject XML that fails schema validation */
} virNodeDeviceCreateXMLFlags;

/* Flags for virNodeDeviceDefineXML(). */
typedef enum {
    VIR_NODE_DEVICE_DEFINE_XML_VALIDATE = 1 << 0,  /* reject XML that fails schema validation */
} virNodeDeviceDefineXMLFlags;

#endif /* LIBVIRT_NODEDEV_H */
