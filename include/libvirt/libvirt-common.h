/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-common.h: build-time facts shared by every public header
 *
 * The API level these headers describe, symbol attributes, the
 * connection close reasons and typed parameters (name/type/value
 * triples that many calls use to pass open-ended sets of values).
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_COMMON_H
#define LIBVIRT_COMMON_H

#if !defined __VIR_LIBVIRT_H_INCLUDES__ && !defined __VIR_ADMIN_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-common.h>"
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifndef VIR_DEPRECATED
/* Marks API members that remain only for old callers. */
# if defined(__GNUC__) && ((__GNUC__ >= 4) || ((__GNUC__ == 3) && (__GNUC_MINOR__ >= 1)))
#  define VIR_DEPRECATED __attribute__((__deprecated__))
# else
#  define VIR_DEPRECATED /* nothing */
# endif
#endif /* VIR_DEPRECATED */

/* Declares a data symbol exported by the library. */
#ifdef WIN32
# ifdef LIBVIRT_STATIC
#  define VIR_EXPORT_VAR extern
# else
#  ifdef IN_LIBVIRT
#   define VIR_EXPORT_VAR __declspec(dllexport) extern
#  else
#   define VIR_EXPORT_VAR __declspec(dllimport) extern
#  endif
# endif
#else
# define VIR_EXPORT_VAR extern
#endif

/*
 * LIBVIR_VERSION_NUMBER:
 *
 * The libvirt API level these headers describe, as
 * major * 1,000,000 + minor * 1,000 + micro.  This project implements
 * libvirt 9.0.0's API; its own package version is a separate number
 * (see virt-plugin --version and the README).
 */
#define LIBVIR_VERSION_NUMBER 9000000

/*
 * LIBVIR_CHECK_VERSION:
 * @major: major component of the API level
 * @minor: minor component
 * @micro: micro component
 *
 * True at compile time when the headers describe at least that API level:
 *
 *   #if LIBVIR_CHECK_VERSION(5, 8, 0)
 *       ... use virConnectSetIdentity() ...
 *   #endif
 */
#define LIBVIR_CHECK_VERSION(major, minor, micro) \
    ((major) * 1000000 + (minor) * 1000 + (micro) <= LIBVIR_VERSION_NUMBER)

/* ---- Typed parameters ---- */

/*
 * VIR_TYPED_PARAM_FIELD_LENGTH:
 *
 * Size of virTypedParameter.field, including the terminating NUL, so
 * parameter names can be at most 79 characters long.
 */
#define VIR_TYPED_PARAM_FIELD_LENGTH 80

/**
 * virTypedParameter:
 *
 * One named value in an open-ended list of settings or statistics.
 * APIs exchange arrays of these so that new keys can be added without
 * changing any function signature.  Build arrays with the
 * virTypedParamsAdd*() helpers, read them with virTypedParamsGet*(),
 * and release them with virTypedParamsFree().
 */
typedef struct _virTypedParameter virTypedParameter;

struct _virTypedParameter {
    char field[VIR_TYPED_PARAM_FIELD_LENGTH];  /* parameter name, NUL-terminated */
    int type;  /* a virTypedParameterType: which union member is valid */
    union {
        int i;
        unsigned int ui;
        long long int l;
        unsigned long long int ul;
        double d;
        char b;
        char *s;
    } value;  /* the value; .s is heap memory owned by the array */
};

/* Pointer to a virTypedParameter, usually the first element of an array. */
typedef virTypedParameter *virTypedParameterPtr;

/**
 * virFreeCallback:
 * @opaque: the user data that was registered along with a callback
 *
 * Called by the library once a callback has been unregistered and can no
 * longer run, so the application can release whatever @opaque refers to.
 */
typedef void (*virFreeCallback)(void *opaque);

/**
 * virTypedParamsAddBoolean:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name of the new entry
 * @value: the boolean value (zero or non-zero)
 *
 * Appends a VIR_TYPED_PARAM_BOOLEAN entry, growing *@params as needed.
 * Adding a name that is already present is an error.  Release the whole
 * array with virTypedParamsFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virTypedParamsAddBoolean(virTypedParameterPtr *params,
                             int *nparams,
                             int *maxparams,
                             const char *name,
                             int value);

/**
 * virTypedParamsAddDouble:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name of the new entry
 * @value: the value to store
 *
 * Appends a VIR_TYPED_PARAM_DOUBLE entry; see virTypedParamsAddBoolean()
 * for how the array is managed.
 *
 * Returns 0 on success, -1 on error.
 */
int virTypedParamsAddDouble(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            double value);

/**
 * virTypedParamsAddFromString:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name of the new entry
 * @type: a virTypedParameterType telling how to interpret @value
 * @value: textual form of the value, e.g. "42" or "yes"
 *
 * Parses @value according to @type and appends the result, which is
 * convenient when values come from a command line or a config file.
 *
 * Returns 0 on success, -1 if @value cannot be parsed or on other errors.
 */
int virTypedParamsAddFromString(virTypedParameterPtr *params,
                                int *nparams,
                                int *maxparams,
                                const char *name,
                                int type,
                                const char *value);

/**
 * virTypedParamsAddInt:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name of the new entry
 * @value: the value to store
 *
 * Appends a VIR_TYPED_PARAM_INT entry; see virTypedParamsAddBoolean()
 * for how the array is managed.
 *
 * Returns 0 on success, -1 on error.
 */
int virTypedParamsAddInt(virTypedParameterPtr *params,
                         int *nparams,
                         int *maxparams,
                         const char *name,
                         int value);

/**
 * virTypedParamsAddLLong:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name of the new entry
 * @value: the value to store
 *
 * Appends a VIR_TYPED_PARAM_LLONG entry; see virTypedParamsAddBoolean()
 * for how the array is managed.
 *
 * Returns 0 on success, -1 on error.
 */
int virTypedParamsAddLLong(virTypedParameterPtr *params,
                           int *nparams,
                           int *maxparams,
                           const char *name,
                           long long value);

/**
 * virTypedParamsAddString:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name of the new entry
 * @value: the string to store; it is copied, the caller keeps its own
 *
 * Appends a VIR_TYPED_PARAM_STRING entry; see virTypedParamsAddBoolean()
 * for how the array is managed.
 *
 * Returns 0 on success, -1 on error.
 */
int virTypedParamsAddString(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            const char *value);

/**
 * virTypedParamsAddUInt:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name of the new entry
 * @value: the value to store
 *
 * Appends a VIR_TYPED_PARAM_UINT entry; see virTypedParamsAddBoolean()
 * for how the array is managed.
 *
 * Returns 0 on success, -1 on error.
 */
int virTypedParamsAddUInt(virTypedParameterPtr *params,
                          int *nparams,
                          int *maxparams,
                          const char *name,
                          unsigned int value);

/**
 * virTypedParamsAddULLong:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name of the new entry
 * @value: the value to store
 *
 * Appends a VIR_TYPED_PARAM_ULLONG entry; see virTypedParamsAddBoolean()
 * for how the array is managed.
 *
 * Returns 0 on success, -1 on error.
 */
int virTypedParamsAddULLong(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            unsigned long long value);

/**
 * virTypedParamsClear:
 * @params: array of parameters, may be NULL
 * @nparams: number of entries in @params
 *
 * Frees the strings held by string entries but not the array itself;
 * for arrays the caller allocated (for example on the stack).
 */
void virTypedParamsClear(virTypedParameterPtr params, int nparams);

/**
 * virTypedParamsFree:
 * @params: array of parameters, may be NULL
 * @nparams: number of entries in @params
 *
 * Frees the strings held by the entries and then the array.  Use it for
 * every array built with virTypedParamsAdd*() or returned by the library.
 */
void virTypedParamsFree(virTypedParameterPtr params, int nparams);

/**
 * virTypedParamsGet:
 * @params: array of parameters
 * @nparams: number of entries in @params
 * @name: name to look for
 *
 * Looks an entry up by name, whatever its type.  No error is raised when
 * nothing matches.
 *
 * Returns a pointer into @params (not a copy), or NULL if @name is absent.
 */
virTypedParameterPtr virTypedParamsGet(virTypedParameterPtr params,
                                       int nparams,
                                       const char *name);

/**
 * virTypedParamsGetBoolean:
 * @params: array of parameters
 * @nparams: number of entries in @params
 * @name: name to look for
 * @value: where to store the value (0 or 1) when found
 *
 * Reads the first entry called @name, which must be a boolean.
 *
 * Returns 1 if found, 0 if absent (@value untouched), -1 if the entry has
 * another type or on error.
 */
int virTypedParamsGetBoolean(virTypedParameterPtr params,
                             int nparams,
                             const char *name,
                             int *value);

/**
 * virTypedParamsGetDouble:
 * @params: array of parameters
 * @nparams: number of entries in @params
 * @name: name to look for
 * @value: where to store the value when found
 *
 * Reads the first entry called @name, which must be VIR_TYPED_PARAM_DOUBLE.
 *
 * Returns 1 if found, 0 if absent (@value untouched), -1 if the entry has
 * another type or on error.
 */
int virTypedParamsGetDouble(virTypedParameterPtr params,
                            int nparams,
                            const char *name,
                            double *value);

/**
 * virTypedParamsGetInt:
 * @params: array of parameters
 * @nparams: number of entries in @params
 * @name: name to look for
 * @value: where to store the value when found
 *
 * Reads the first entry called @name, which must be VIR_TYPED_PARAM_INT.
 *
 * Returns 1 if found, 0 if absent (@value untouched), -1 if the entry has
 * another type or on error.
 */
int virTypedParamsGetInt(virTypedParameterPtr params,
                         int nparams,
                         const char *name,
                         int *value);

/**
 * virTypedParamsGetLLong:
 * @params: array of parameters
 * @nparams: number of entries in @params
 * @name: name to look for
 * @value: where to store the value when found
 *
 * Reads the first entry called @name, which must be VIR_TYPED_PARAM_LLONG.
 *
 * Returns 1 if found, 0 if absent (@value untouched), -1 if the entry has
 * another type or on error.
 */
int virTypedParamsGetLLong(virTypedParameterPtr params,
                           int nparams,
                           const char *name,
                           long long *value);

/**
 * virTypedParamsGetString:
 * @params: array of parameters
 * @nparams: number of entries in @params
 * @name: name to look for
 * @value: where to store the string when found
 *
 * Reads the first entry called @name, which must be VIR_TYPED_PARAM_STRING.
 * *@value points into @params: do not free it, and do not use it after
 * the array is freed.
 *
 * Returns 1 if found, 0 if absent (@value untouched), -1 if the entry has
 * another type or on error.
 */
int virTypedParamsGetString(virTypedParameterPtr params,
                            int nparams,
                            const char *name,
                            const char **value);

/**
 * virTypedParamsGetUInt:
 * @params: array of parameters
 * @nparams: number of entries in @params
 * @name: name to look for
 * @value: where to store the value when found
 *
 * Reads the first entry called @name, which must be VIR_TYPED_PARAM_UINT.
 *
 * Returns 1 if found, 0 if absent (@value untouched), -1 if the entry has
 * another type or on error.
 */
int virTypedParamsGetUInt(virTypedParameterPtr params,
                          int nparams,
                          const char *name,
                          unsigned int *value);

/**
 * virTypedParamsGetULLong:
 * @params: array of parameters
 * @nparams: number of entries in @params
 * @name: name to look for
 * @value: where to store the value when found
 *
 * Reads the first entry called @name, which must be VIR_TYPED_PARAM_ULLONG.
 *
 * Returns 1 if found, 0 if absent (@value untouched), -1 if the entry has
 * another type or on error.
 */
int virTypedParamsGetULLong(virTypedParameterPtr params,
                            int nparams,
                            const char *name,
                            unsigned long long *value);

/**
 * virTypedParamsAddStringList:
 * @params: pointer to the array to extend; may point to NULL initially
 * @nparams: number of entries in use, incremented on success
 * @maxparams: allocated capacity of *@params, kept up to date
 * @name: name shared by all the new entries
 * @values: NULL-terminated list of strings; each one is copied
 *
 * Appends one VIR_TYPED_PARAM_STRING entry per string, all with the same
 * name; this is how multi-valued keys are expressed.
 *
 * Returns 0 on success, -1 on error.
 */
int virTypedParamsAddStringList(virTypedParameterPtr *params,
                                int *nparams,
                                int *maxparams,
                                const char *name,
                                const char **values);

/* Which member of virTypedParameter.value holds the data. */
typedef enum {
    VIR_TYPED_PARAM_INT     = 1,  /* .i, int */
    VIR_TYPED_PARAM_UINT    = 2,  /* .ui, unsigned int */
    VIR_TYPED_PARAM_LLONG   = 3,  /* .l, long long */
    VIR_TYPED_PARAM_ULLONG  = 4,  /* .ul, unsigned long long */
    VIR_TYPED_PARAM_DOUBLE  = 5,  /* .d, double */
    VIR_TYPED_PARAM_BOOLEAN = 6,  /* .b, 0 or 1 */
    VIR_TYPED_PARAM_STRING  = 7,  /* .s, heap-allocated string */

# ifdef VIR_ENUM_SENTINELS
    VIR_TYPED_PARAM_LAST
# endif
} virTypedParameterType;

/*
 * Flags accepted by calls that return typed parameters, in addition to
 * their own flags.
 */
typedef enum {
    VIR_TYPED_PARAM_STRING_OKAY = 1 << 2,  /* caller can handle string values */
} virTypedParameterFlags;

/* ---- Connection close reasons ---- */

/* Why a connection was closed, as passed to a virConnectCloseFunc. */
typedef enum {
    VIR_CONNECT_CLOSE_REASON_ERROR     = 0,  /* an I/O error on the transport */
    VIR_CONNECT_CLOSE_REASON_EOF       = 1,  /* the server closed the connection */
    VIR_CONNECT_CLOSE_REASON_KEEPALIVE = 2,  /* the peer stopped answering keepalives */
    VIR_CONNECT_CLOSE_REASON_CLIENT    = 3,  /* the application closed it */

# ifdef VIR_ENUM_SENTINELS
    VIR_CONNECT_CLOSE_REASON_LAST
# endif
} virConnectCloseReason;

#ifdef __cplusplus
}
#endif

#endif /* LIBVIRT_COMMON_H */
