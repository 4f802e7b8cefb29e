/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-secret.h: secrets
 *
 * Passphrases and keys kept by the management layer, referred to by
 * usage (volume, iSCSI, Ceph, TLS, vTPM) or UUID.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_SECRET_H
#define LIBVIRT_SECRET_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-secret.h>"
#endif

/*
 * VIR_SECRET_EVENT_CALLBACK(cb) casts a specific secret event callback to
 * the generic type taken by virConnectSecretEventRegisterAny().
 */
#define VIR_SECRET_EVENT_CALLBACK(cb) ((virConnectSecretEventGenericCallback)(cb))

/**
 * virSecret:
 *
 * Opaque handle for a secret: a value (passphrase, key) plus an XML
 * definition saying what uses it.  Release with virSecretFree().
 */
typedef struct _virSecret virSecret;

/* ---- Listing secrets ---- */

/**
 * virConnectListSecrets:
 * @conn: the connection
 * @uuids: caller-allocated array of @maxuuids string pointers
 * @maxuuids: size of @uuids
 *
 * Fills @uuids with the UUID strings of all secrets; the caller frees
 * each string with free().  virConnectListAllSecrets() is easier.
 *
 * Returns the number of UUIDs stored, or -1 on error.
 */
int virConnectListSecrets(virConnectPtr conn, char **uuids, int maxuuids);

/**
 * virConnectNumOfSecrets:
 * @conn: the connection
 *
 * Returns the number of secrets, or -1 on error.
 */
int virConnectNumOfSecrets(virConnectPtr conn);

/* The handle type used by every secret API. */
typedef virSecret *virSecretPtr;

/* ---- Defining and inspecting secrets ---- */

/**
 * virSecretDefineXML:
 * @conn: the connection
 * @xml: <secret> XML document
 * @flags: bitwise OR of virSecretDefineFlags
 *
 * Defines a secret (a UUID is generated if the XML has none), or overwrites
 * every attribute of the existing secret with the same UUID.  The value is
 * set separately, with virSecretSetValue().
 *
 * Returns the secret (release with virSecretFree()), or NULL on error.
 */
virSecretPtr virSecretDefineXML(virConnectPtr conn,
                                const char *xml,
                                unsigned int flags);

/**
 * virSecretFree:
 * @secret: the handle to release
 *
 * Drops a reference to the handle; the secret itself is not affected.
 *
 * Returns 0 on success, -1 on error.
 */
int virSecretFree(virSecretPtr secret);

/**
 * virSecretGetConnect:
 * @secret: the secret
 *
 * Gives the connection @secret belongs to, without taking a reference: do
 * not close it, and keep the connection open while @secret is in use.
 *
 * Returns the connection, or NULL on error.
 */
virConnectPtr virSecretGetConnect(virSecretPtr secret);

/**
 * virSecretGetUUID:
 * @secret: the secret
 * @uuid: caller buffer of VIR_UUID_BUFLEN bytes
 *
 * Copies the secret's UUID in raw form into @uuid.
 *
 * Returns 0 on success, -1 on error.
 */
int virSecretGetUUID(virSecretPtr secret, unsigned char *uuid);

/**
 * virSecretGetUUIDString:
 * @secret: the secret
 * @buf: caller buffer of VIR_UUID_STRING_BUFLEN bytes
 *
 * Writes the secret's UUID as a NUL-terminated string into @buf.
 *
 * Returns 0 on success, -1 on error.
 */
int virSecretGetUUIDString(virSecretPtr secret, char *buf);

/**
 * virSecretGetUsageID:
 * @secret: the secret
 *
 * Gives what the secret is for, in a form that depends on its usage type:
 * a volume path, a Ceph or iSCSI name, and so on.
 *
 * Returns a string owned by @secret (do not free it), or NULL on error.
 */
const char *virSecretGetUsageID(virSecretPtr secret);

/**
 * virSecretGetUsageType:
 * @secret: the secret
 *
 * Returns the secret's virSecretUsageType, or -1 on error.
 */
int virSecretGetUsageType(virSecretPtr secret);

/**
 * virSecretGetValue:
 * @secret: the secret
 * @value_size: receives the length of the value in bytes
 * @flags: currently unused, pass 0
 *
 * Reads the secret's value, which need not be text or NUL-terminated.
 * Private secrets cannot be read back.
 *
 * Returns the value (caller clears and frees it with free()), or NULL on
 * error.
 */
unsigned char *virSecretGetValue(virSecretPtr secret,
                                 size_t *value_size,
                                 unsigned int flags);

/**
 * virSecretGetXMLDesc:
 * @secret: the secret
 * @flags: currently unused, pass 0
 *
 * Describes the secret's attributes (never its value) as XML.
 *
 * Returns the XML document (caller frees with free()), or NULL on error.
 */
char *virSecretGetXMLDesc(virSecretPtr secret, unsigned int flags);

/* ---- Finding secrets ---- */

/**
 * virSecretLookupByUUID:
 * @conn: the connection
 * @uuid: raw UUID of VIR_UUID_BUFLEN bytes
 *
 * Returns the secret (release with virSecretFree()), or NULL with
 * VIR_ERR_NO_SECRET if not found.
 */
virSecretPtr virSecretLookupByUUID(virConnectPtr conn,
                                   const unsigned char *uuid);

/**
 * virSecretLookupByUUIDString:
 * @conn: the connection
 * @uuidstr: UUID in its string form
 *
 * Returns the secret (release with virSecretFree()), or NULL with
 * VIR_ERR_NO_SECRET if not found.
 */
virSecretPtr virSecretLookupByUUIDString(virConnectPtr conn,
                                         const char *uuidstr);

/**
 * virSecretLookupByUsage:
 * @conn: the connection
 * @usageType: a virSecretUsageType
 * @usageID: the usage identifier, as from virSecretGetUsageID()
 *
 * Finds the secret meant for a given object, such as a volume path.
 *
 * Returns the secret (release with virSecretFree()), or NULL with
 * VIR_ERR_NO_SECRET if not found.
 */
virSecretPtr virSecretLookupByUsage(virConnectPtr conn,
                                    int usageType,
                                    const char *usageID);

/* ---- Other secret calls ---- */

/**
 * virSecretRef:
 * @secret: the secret
 *
 * Takes an extra reference, dropped later with virSecretFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virSecretRef(virSecretPtr secret);

/**
 * virSecretSetValue:
 * @secret: the secret
 * @value: the new value; arbitrary bytes
 * @value_size: length of @value in bytes
 * @flags: currently unused, pass 0
 *
 * Stores a new value for the secret; the library keeps its own copy.
 *
 * Returns 0 on success, -1 on error.
 */
int virSecretSetValue(virSecretPtr secret,
                      const unsigned char *value,
                      size_t value_size,
                      unsigned int flags);

/**
 * virSecretUndefine:
 * @secret: the secret
 *
 * Deletes the secret and its value; @secret must still be freed.
 *
 * Returns 0 on success, -1 on error.
 */
int virSecretUndefine(virSecretPtr secret);

/**
 * virConnectListAllSecrets:
 * @conn: the connection
 * @secrets: optional; receives an allocated array of secrets
 * @flags: bitwise OR of virConnectListAllSecretsFlags to filter; 0 for all
 *
 * Lists secrets in one call.  Free each element with virSecretFree() and
 * the array with free().  Pass NULL @secrets to only count.
 *
 * Returns the number of secrets, or -1 on error.
 */
int virConnectListAllSecrets(virConnectPtr conn,
                             virSecretPtr **secrets,
                             unsigned int flags);

/* ---- Secret events ---- */

/**
 * virConnectSecretEventDeregisterAny:
 * @conn: the connection
 * @callbackID: value returned by virConnectSecretEventRegisterAny()
 *
 * Stops delivery to a callback; its free function then runs.
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectSecretEventDeregisterAny(virConnectPtr conn, int callbackID);

/**
 * virConnectSecretEventGenericCallback:
 * @conn: the connection
 * @secret: the secret the event is about
 * @opaque: user data given at registration
 *
 * Signature used at registration, and the actual signature of
 * VIR_SECRET_EVENT_ID_VALUE_CHANGED callbacks.  Others have the type that
 * belongs to their event ID and are cast with VIR_SECRET_EVENT_CALLBACK().
 */
typedef void (*virConnectSecretEventGenericCallback)(virConnectPtr conn,
                                                     virSecretPtr secret,
                                                     void *opaque);

/**
 * virConnectSecretEventRegisterAny:
 * @conn: the connection
 * @secret: secret to watch, or NULL for all secrets
 * @eventID: a virSecretEventID
 * @cb: callback of the type matching @eventID, cast with
 *      VIR_SECRET_EVENT_CALLBACK()
 * @opaque: user data for @cb
 * @freecb: optional function that releases @opaque on deregistration
 *
 * Subscribes to secret events.  Callbacks run from the event loop, so one
 * must be registered and running.
 *
 * Returns a callback ID >= 0 for deregistration, or -1 on error.
 */
int virConnectSecretEventRegisterAny(virConnectPtr conn,
                                     virSecretPtr secret,
                                     int eventID,
                                     virConnectSecretEventGenericCallback cb,
                                     void *opaque,
                                     virFreeCallback freecb);

/* ---- Enumerations ---- */

/* What a secret is used for; decides the form of its usage ID. */
typedef enum {
    VIR_SECRET_USAGE_TYPE_NONE   = 0,  /* not tied to any object */
    VIR_SECRET_USAGE_TYPE_VOLUME = 1,  /* encrypted volume; ID is its path */
    VIR_SECRET_USAGE_TYPE_CEPH   = 2,  /* Ceph/RBD authentication; ID is a name */
    VIR_SECRET_USAGE_TYPE_ISCSI  = 3,  /* iSCSI CHAP; ID is the target */
    VIR_SECRET_USAGE_TYPE_TLS    = 4,  /* TLS key passphrase; ID is a name */
    VIR_SECRET_USAGE_TYPE_VTPM   = 5,  /* vTPM state encryption; ID is a name */

# ifdef VIR_ENUM_SENTINELS
    VIR_SECRET_USAGE_TYPE_LAST
# endif
} virSecretUsageType;

/*
 * Filters for virConnectListAllSecrets(); within each pair, setting
 * neither or both means no filtering.
 */
typedef enum {
    VIR_CONNECT_LIST_SECRETS_EPHEMERAL    = 1 << 0,  /* kept in memory only */
    VIR_CONNECT_LIST_SECRETS_NO_EPHEMERAL = 1 << 1,  /* also stored on disk */
    VIR_CONNECT_LIST_SECRETS_PRIVATE      = 1 << 2,  /* value cannot be read back */
    VIR_CONNECT_LIST_SECRETS_NO_PRIVATE   = 1 << 3,  /* value can be read back */
} virConnectListAllSecretsFlags;

/**
 * virConnectSecretEventLifecycleCallback:
 * @conn: the connection
 * @secret: the secret
 * @event: a virSecretEventLifecycleType
 * @detail: reserved, currently always 0
 * @opaque: user data given at registration
 *
 * Callback for VIR_SECRET_EVENT_ID_LIFECYCLE: a secret was defined or
 * undefined.
 */
typedef void (*virConnectSecretEventLifecycleCallback)(virConnectPtr conn,
                                                       virSecretPtr secret,
                                                       int event,
                                                       int detail,
                                                       void *opaque);

/* Secret event kinds; each one names the callback type it uses. */
typedef enum {
    VIR_SECRET_EVENT_ID_LIFECYCLE     = 0,  /* virConnectSecretEventLifecycleCallback */
    VIR_SECRET_EVENT_ID_VALUE_CHANGED = 1,  /* virConnectSecretEventGenericCallback */

# ifdef VIR_ENUM_SENTINELS
    VIR_SECRET_EVENT_ID_LAST
# endif
} virSecretEventID;

/* The @event argument of virConnectSecretEventLifecycleCallback. */
typedef enum {
    VIR_SECRET_EVENT_DEFINED   = 0,
    VIR_SECRET_EVENT_UNDEFINED = 1,

# ifdef VIR_ENUM_SENTINELS
    VIR_SECRET_EVENT_LAST
# endif
} virSecretEventLifecycleType;

/* Flags for virSecretDefineXML(). */
typedef enum {
    VIR_SECRET_DEFINE_VALIDATE = 1 << 0,  /* reject XML that fails schema validation */
} virSecretDefineFlags;

#endif /* LIBVIRT_SECRET_H */
